import { BOARD_ID_PATTERN } from "@roundtable/shared";
import { t } from "../i18n/i18n";

// "Continue from (link or id)" on the start page: what a facilitator pastes there (a board's or
// a meeting's link as the app hands it out, the address bar's, or a bare id) read into the id
// the server takes as `continues`, on this laptop, before anything is sent.

/** What is being started, so what it may continue: a board continues a board, a meeting a meeting. */
export type ContinueKind = "board" | "meeting";

/** Why a pasted text cannot be continued from, said by `continueProblemText`. */
export type ContinueProblem =
  /** Neither a link of ours nor an id. */
  | "notALinkOrId"
  /** A meeting's link (/m/…) where a board's is needed. */
  | "meetingLink"
  /** A board's link (/b/…) where a meeting's is needed. */
  | "boardLink"
  /** A view link (/v/…): it never says which board it shows. */
  | "viewLink"
  /** A snapshot's link (/s/…): a frozen copy, not the board. */
  | "snapshotLink"
  /** A join code, or its link (/j/…): it names a group, not the board's id. */
  | "joinCode";

export type ContinueFrom =
  | { kind: "none" }
  | { kind: "id"; id: string }
  | { kind: "problem"; problem: ContinueProblem };

/** The six characters of a join code, as the server writes them (no 0/O, 1/I/L). */
const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** The page letter and id at the end of a path: `/b/<id>`, `/b/<id>/print`, `/m/<id>/`. */
const PAGE = /(?:^|\/)([bmvsj])\/([^/]+)(?:\/print)?\/?$/;

function pageOf(kind: ContinueKind, letter: string, id: string): ContinueFrom {
  const wanted = kind === "board" ? "b" : "m";
  if (letter === wanted) {
    return BOARD_ID_PATTERN.test(id)
      ? { kind: "id", id }
      : { kind: "problem", problem: "notALinkOrId" };
  }
  const problems: Record<string, ContinueProblem> = {
    b: "boardLink",
    m: "meetingLink",
    v: "viewLink",
    s: "snapshotLink",
    j: "joinCode",
  };
  return { kind: "problem", problem: problems[letter] ?? "notALinkOrId" };
}

/**
 * The id a typed or pasted text names, for a board (`kind` "board": any `/b/<id>` link, the
 * facilitator's and the join link included, or the id) or a meeting (`/m/<id>` or the id);
 * `none` when nothing was typed, else why it cannot be used.
 */
export function parseContinueFrom(text: string, kind: ContinueKind): ContinueFrom {
  const typed = text.trim();
  if (typed === "") return { kind: "none" };
  if (BOARD_ID_PATTERN.test(typed)) return { kind: "id", id: typed };
  if (JOIN_CODE.test(typed.replace(/[\s-]/g, "").toUpperCase())) {
    return { kind: "problem", problem: "joinCode" };
  }
  // The query and the #fragment (a facilitator link's key) say nothing about which board.
  const path = typed.replace(/[?#][\s\S]*$/, "");
  const page = PAGE.exec(path);
  if (page?.[1] && page[2]) return pageOf(kind, page[1], page[2]);
  return { kind: "problem", problem: "notALinkOrId" };
}

/** What is wrong with the field, in the page's language, saying what to paste instead. */
export function continueProblemText(kind: ContinueKind, problem: ContinueProblem): string {
  return t(`progress:continueFrom.problem.${kind}.${problem}`);
}
