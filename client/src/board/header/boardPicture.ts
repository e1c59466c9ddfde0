import { t } from "../../i18n/i18n";
import { fileNameFor, saveUrl } from "../../state/download";
import "./boardPicture.css";

/**
 * Controls are for working on the board, not for the record: buttons (handles, "Add note",
 * votes), colour menus, a note's bar and who is editing what are left out of the picture.
 */
export const LEFT_OUT_OF_PICTURE = "button, select, .note-bar, .note-presence, .my-dots";

/** Where the board's lanes stand on the page. */
export function lanesElement(): HTMLElement | null {
  // The room's screen (a view link) pictures its own lanes: every note is on it already.
  return document.querySelector<HTMLElement>(".board .lanes, .room .room-lanes");
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * A copy of the lanes without their controls, laid out off screen at the lanes' width and at
 * its full height (no scroll boxes), inside the board so the board's styles apply. The live
 * board does not move while the picture is taken.
 */
function stageCopy(
  lanes: HTMLElement,
  board: HTMLElement,
): { copy: HTMLElement; stage: HTMLElement } {
  const copy = lanes.cloneNode(true) as HTMLElement;
  // A note being typed in shows what was typed, not what the page first held.
  const typed = lanes.querySelectorAll("textarea");
  copy.querySelectorAll("textarea").forEach((box, i) => {
    box.value = typed[i]?.value ?? box.value;
  });
  for (const node of copy.querySelectorAll(LEFT_OUT_OF_PICTURE)) node.remove();
  const stage = document.createElement("div");
  stage.className = "picture-stage";
  stage.setAttribute("aria-hidden", "true");
  stage.inert = true;
  stage.style.width = `${lanes.clientWidth}px`;
  stage.append(copy);
  board.append(stage);
  return { copy, stage };
}

/** A PNG of every lane at its full height, not only the part on screen. Returns its name. */
export async function downloadBoardPicture(title: string): Promise<string> {
  const lanes = lanesElement();
  const board = lanes?.closest<HTMLElement>(".board");
  if (!lanes || !board) throw new Error(t("header:export.notOnScreen"));
  const { copy, stage } = stageCopy(lanes, board);
  try {
    // Loaded on first use: most people never take a picture.
    const [{ toPng }] = await Promise.all([import("html-to-image"), nextFrame()]);
    const url = await toPng(copy, {
      width: copy.scrollWidth,
      height: copy.scrollHeight,
      backgroundColor: getComputedStyle(document.documentElement).backgroundColor || "#f6f5f1",
      // System fonts only: nothing to embed, and no style sheet to fetch again.
      skipFonts: true,
    });
    const name = fileNameFor(title || t("shared:board.untitled"), "png");
    saveUrl(url, name);
    return name;
  } finally {
    stage.remove();
  }
}
