import type * as Y from "yjs";
import { createCluster } from "../clusterOps";
import { renameLane } from "../laneOps";
import { addNote } from "../noteOps";
import { newBoard } from "../testBoards";

// A board for the export and import tests, holding everything a format can trip over: text that
// looks like Markdown, HTML, spreadsheet formulas or a vote count, line breaks, emoji, a renamed
// lane without a subtitle, an empty lane and clusters.

export const SAMPLE_TIME = Date.UTC(2026, 10, 22, 9, 30);

export const SAMPLE_NAMES: Readonly<Record<string, string>> = {
  alice: "Alice Ng",
  bob: "Bób 🎻",
};

export const SAMPLE_TOTALS: Readonly<Record<string, number>> = {
  doors: 3,
  hall: 1,
  wins: 5,
  literal: 2,
};

export const MARKDOWN_TEXT =
  "Use *stars* and _underscores_ # hash [link](x) <b>bold</b> `code` | pipe ~tilde \\ slash";

export const MULTILINE_TEXT =
  "Line one\nPriority two -\n• looks like a bullet\n\n  indented after a blank";

/** Notes of the sample board by id, in board order within each lane. */
export const SAMPLE_NOTES: readonly { id: string; lane: string; text: string; author?: string }[] =
  [
    { id: "plain", lane: "inbox", text: "Plain idea", author: "alice" },
    { id: "markdown", lane: "inbox", text: MARKDOWN_TEXT },
    { id: "doors", lane: "p1", text: "Fix the doors", author: "bob" },
    { id: "hall", lane: "p1", text: "Paint 🎨 the hall — “now”, isn’t it?", author: "alice" },
    { id: "dash", lane: "p1", text: "- starts with a dash" },
    { id: "numbered", lane: "p1", text: "1. starts with a number" },
    { id: "multiline", lane: "p1", text: MULTILINE_TEXT },
    { id: "literal", lane: "p2", text: "Literal (3 votes) in the text" },
    { id: "formula", lane: "p2", text: '=HYPERLINK("http://x")\nsecond line' },
    { id: "plus", lane: "p2", text: "+1 from me" },
    { id: "minus", lane: "p2", text: "-5 degrees, brr" },
    { id: "at", lane: "p2", text: "@channel look" },
    { id: "quotes", lane: "p2", text: 'He said "hi", then left' },
    { id: "entity", lane: "p4", text: "&amp; is not &#80; & stays" },
  ];

/**
 * The sample board: p1 holds the cluster "Quick wins" (doors, hall), p3 is empty, and p4 is
 * renamed "Someday, maybe" with no subtitle.
 */
export function sampleBoard(): Y.Doc {
  const doc = newBoard("Arts Leadership Roundtable");
  for (const note of SAMPLE_NOTES) {
    addNote(doc, {
      id: note.id,
      lane: note.lane,
      text: note.text,
      author: note.author ?? null,
      createdAt: SAMPLE_TIME,
    });
  }
  createCluster(doc, { id: "wins", lane: "p1", title: "Quick wins", noteIds: ["doors", "hall"] });
  renameLane(doc, "p4", { title: "Someday, maybe", subtitle: "" });
  return doc;
}
