import { splitVotes, unescapeMarkdown } from "../export/markdownText";
import { MAX_TERMS } from "../glossary/glossary";
import { INBOX_LANE_ID } from "../lane";
import { MAX_NOTE_TEXT } from "../note";
import { MAX_SUBTITLE, MAX_TITLE, textLength } from "../text";
import { termOf, termParts } from "./glossaryBullets";
import { headingTitle, laneForHeading } from "./laneHeadings";
import { classify, italicText, type Line, unindent } from "./lines";
import {
  type ImportedCluster,
  type ImportedLane,
  type ImportedNote,
  type ImportedTerm,
  type ImportPlan,
  importFailure,
  MAX_IMPORT_NOTES,
  type ParseResult,
} from "./plan";
import { ReadFailure } from "./readFailure";
import { isGlossaryHeading, isSinceLastTimeHeading, isStepsHeading } from "./sectionWords";
import { attachSteps, type ReadItem } from "./stepItems";
import { readStepsTable, type TableStep } from "./stepsTable";
import { isTableRow } from "./tableRows";

// Reads meeting notes, plain text or Markdown (the Markdown export included): priority lines
// and headings start lanes (a heading names a lane by its title), "###" headings and bullets
// whose whole text is bold ("- **Quick wins** (5 votes)") start clusters, bullets become notes
// (nested under a bold bullet, that cluster's), indented lines under a bullet continue it, and
// everything else is listed as skipped. The export's sections after the lanes are read too: a
// "## Next steps" heading over a table gives next steps (stepsTable.ts), each attached to the
// note or cluster its "For" column names (stepItems.ts), and the bullets under "## Glossary"
// ("- **LCAP**: Local Control and Accountability Plan") give glossary terms; in English or
// Spanish either way.

/** A bullet's raw text that is a bold title and nothing else: the export's cluster bullet. */
const BOLD_TITLE = /^\*\*(.+)\*\*$/;

/** A bullet being read; `term` when it stands in the glossary. */
type OpenNote = { line: number; column: number; raw: string[]; blanks: number; term: boolean };

class NotesReader {
  readonly plan: ImportPlan = { title: null, lanes: [], skipped: [] };
  private lane: ImportedLane | null = null;
  private cluster: ImportedCluster | null = null;
  /** Where the bold bullet of the open cluster starts; null for a "###" cluster. */
  private clusterIndent: number | null = null;
  private note: OpenNote | null = null;
  private count = 0;
  /** Under "## Glossary": bullets are terms. */
  private inGlossary = false;
  /** Every note and cluster read, in order, for the steps' "For" column. */
  private readonly items: ReadItem[] = [];
  private readonly steps: TableStep[] = [];
  private readonly terms: ImportedTerm[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly laneTitles: Readonly<Record<string, string>>,
  ) {}

  read(): ImportPlan {
    let sawContent = false;
    for (let i = 0; i < this.lines.length; i++) {
      const line = classify(this.lines[i] ?? "");
      if (line.kind === "blank") {
        if (this.note) this.note.blanks++;
        continue;
      }
      if (this.note && line.kind === "prose" && line.indent >= 2) {
        this.note.raw.push(...Array<string>(this.note.blanks).fill(""));
        this.note.raw.push(unindent(this.lines[i] ?? "", this.note.column));
        this.note.blanks = 0;
        continue;
      }
      this.closeNote();
      const first = !sawContent;
      sawContent = true;
      i = this.line(line, i, first);
    }
    this.closeNote();
    if (this.steps.length > 0) this.plan.steps = attachSteps(this.steps, this.items);
    if (this.terms.length > 0) this.plan.glossary = this.terms;
    return this.plan;
  }

  /** Handles one line; returns the index of the last line it used. */
  private line(line: Exclude<Line, { kind: "blank" }>, i: number, first: boolean): number {
    if (line.kind === "priority") this.startLane(line.lane);
    else if (line.kind === "bullet") this.bullet(line, i);
    else if (line.kind === "heading") return this.heading(line.level, line.text, i, first);
    else if (first && line.kind === "prose" && textLength(line.text) <= MAX_TITLE) {
      this.plan.title = unescapeMarkdown(line.text);
    } else this.skip(i);
    return i;
  }

  private bullet(line: Extract<Line, { kind: "bullet" }>, i: number): void {
    if (this.cluster && this.clusterIndent !== null && line.indent <= this.clusterIndent) {
      this.cluster = null;
      this.clusterIndent = null;
    }
    const open = { line: i + 1, column: line.column, raw: [line.text], blanks: 0 };
    if (this.inGlossary) {
      this.note = { ...open, term: true };
      return;
    }
    const { text: raw, votes } = splitVotes(line.text.trim());
    const bold = BOLD_TITLE.exec(raw)?.[1];
    if (bold === undefined) {
      this.note = { ...open, term: false };
      return;
    }
    this.startCluster(unescapeMarkdown(bold).trim(), votes, i);
    this.clusterIndent = line.indent;
  }

  private startCluster(title: string, votes: number | null, i: number): void {
    const cluster: ImportedCluster = {
      title: this.checked(title, MAX_TITLE, i),
      priorVotes: votes,
      notes: [],
    };
    this.currentLane().clusters.push(cluster);
    this.items.push({ target: cluster, text: cluster.title });
    this.cluster = cluster;
    this.clusterIndent = null;
  }

  private heading(level: number, raw: string, i: number, first: boolean): number {
    const text = unescapeMarkdown(raw).trim();
    this.inGlossary = false;
    const section = level <= 2 ? this.section(text, i) : null;
    if (section !== null) return section;
    if (level === 3) {
      const { text: title, votes } = splitVotes(raw.trim());
      this.startCluster(unescapeMarkdown(title).trim(), votes, i);
      return i;
    }
    const next = classify(this.lines[i + 1] ?? "");
    const byComment =
      next.kind === "comment" && Object.hasOwn(this.laneTitles, next.lane) ? next.lane : null;
    const lane = level <= 2 ? (byComment ?? laneForHeading(text, this.laneTitles)) : null;
    if (lane === null) {
      // A section that names no lane ends the one before: its bullets are under no priority.
      if (level <= 2) this.endLane();
      const untitled = this.plan.title === null && (first || this.plan.lanes.length === 0);
      if (level === 1 && untitled && textLength(text) <= MAX_TITLE) this.plan.title = text;
      else this.skip(i);
      return i;
    }
    let last = byComment === null ? i : i + 1;
    let after = last + 1;
    while (after < this.lines.length && classify(this.lines[after] ?? "").kind === "blank") after++;
    const subtitle = italicText(this.lines[after] ?? "");
    if (subtitle !== null) last = after;
    const target = this.startLane(lane);
    target.title ??= this.checked(headingTitle(text), MAX_TITLE, i);
    target.subtitle ??= this.checked(
      subtitle === null ? "" : unescapeMarkdown(subtitle).trim(),
      MAX_SUBTITLE,
      last,
    );
    return last;
  }

  /**
   * The export's sections after the lanes: "Next steps" over a table (read here; returns the
   * index of its last row), or "Glossary" (its bullets are terms from here on). A lane of that
   * title whose notes follow stays a lane. Null for any other heading.
   */
  private section(text: string, i: number): number | null {
    const since = this.sinceLastTime(text, i);
    if (since !== null) return since;
    const isSteps = isStepsHeading(text);
    if (!isSteps && !isGlossaryHeading(text)) return null;
    let next = i + 1;
    while (next < this.lines.length && (this.lines[next] ?? "").trim() === "") next++;
    const following = this.lines[next] ?? "";
    if (isSteps && isTableRow(following)) {
      const table = readStepsTable(this.lines, next, this.steps.length);
      this.steps.push(...table.steps);
      this.endLane();
      return table.last;
    }
    if (isSteps) return null;
    const bullet = classify(following);
    const termFollows = bullet.kind === "bullet" && termParts(bullet.text) !== null;
    if (!termFollows && laneForHeading(text, this.laneTitles) !== null) return null;
    this.endLane();
    this.inGlossary = true;
    return i;
  }

  /**
   * The export's "Since last time" section (its heading, then the italic "Compared with …"
   * line): it describes the board and holds none of its notes, so it is passed over up to the
   * next "#" or "##" heading. Returns the index of its last line, or null for another heading.
   */
  private sinceLastTime(text: string, i: number): number | null {
    if (!isSinceLastTimeHeading(text)) return null;
    let next = i + 1;
    while (next < this.lines.length && (this.lines[next] ?? "").trim() === "") next++;
    if (!/^_.*_$/.test((this.lines[next] ?? "").trim())) return null;
    this.endLane();
    let last = next;
    while (last + 1 < this.lines.length) {
      const line = classify(this.lines[last + 1] ?? "");
      if (line.kind === "heading" && line.level <= 2) break;
      last++;
    }
    return last;
  }

  /** Bullets from here on are under no lane (the inbox's, unless a lane starts). */
  private endLane(): void {
    this.lane = null;
    this.cluster = null;
    this.clusterIndent = null;
  }

  private startLane(id: string): ImportedLane {
    let lane = this.plan.lanes.find((l) => l.lane === id);
    if (!lane) {
      lane = { lane: id, notes: [], clusters: [] };
      this.plan.lanes.push(lane);
    }
    this.lane = lane;
    this.cluster = null;
    this.clusterIndent = null;
    this.inGlossary = false;
    return lane;
  }

  private currentLane(): ImportedLane {
    return this.lane ?? this.startLane(INBOX_LANE_ID);
  }

  private closeNote(): void {
    const note = this.note;
    this.note = null;
    if (!note) return;
    if (note.term) {
      this.closeTerm(note);
      return;
    }
    const lastLine = note.raw.length - 1;
    const { text: last, votes } = splitVotes(note.raw[lastLine] ?? "");
    const text = unescapeMarkdown([...note.raw.slice(0, lastLine), last].join("\n")).trim();
    if (text === "") return;
    if (textLength(text) > MAX_NOTE_TEXT) {
      throw new ReadFailure(
        note.line,
        `the note is longer than ${MAX_NOTE_TEXT} characters (${textLength(text)})`,
      );
    }
    if (++this.count > MAX_IMPORT_NOTES) {
      throw new ReadFailure(note.line, `an import may add at most ${MAX_IMPORT_NOTES} notes`);
    }
    const target = this.cluster ?? this.currentLane();
    const imported: ImportedNote = votes === null ? { text } : { text, priorVotes: votes };
    target.notes.push(imported);
    this.items.push({ target: imported, text });
  }

  /** A glossary bullet as a term, or a skipped line when it defines nothing. */
  private closeTerm(note: OpenNote): void {
    const entry = termOf(note.raw.join("\n"), note.line);
    if (entry === null) {
      this.plan.skipped.push({ line: note.line, text: (note.raw[0] ?? "").trim() });
      return;
    }
    if (this.terms.length >= MAX_TERMS) {
      throw new ReadFailure(note.line, `a glossary holds at most ${MAX_TERMS} terms`);
    }
    this.terms.push(entry);
  }

  private checked(text: string, max: number, i: number): string {
    if (textLength(text) > max)
      throw new ReadFailure(i + 1, `the heading is longer than ${max} characters`);
    return text;
  }

  private skip(i: number): void {
    this.plan.skipped.push({ line: i + 1, text: (this.lines[i] ?? "").trim() });
  }
}

/**
 * Reads meeting notes into an import plan. `laneTitles` (lane id → current title) lets a
 * heading name a lane by its title; "Priority one" … "Priority four" always name p1..p4.
 */
export function parseMeetingNotes(
  text: string,
  laneTitles: Readonly<Record<string, string>>,
): ParseResult {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  try {
    return { ok: true, plan: new NotesReader(lines, laneTitles).read() };
  } catch (error) {
    if (error instanceof ReadFailure) return importFailure(error.line, error.message);
    throw error;
  }
}
