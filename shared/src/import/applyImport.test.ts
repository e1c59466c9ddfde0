import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesInCluster, notesInLane, readBoard } from "../board";
import { initBoard } from "../boardOps";
import { addNote } from "../noteOps";
import { countTransactions, expectRejected, newBoard } from "../testBoards";
import { applyImport } from "./applyImport";
import { MEETING_NOTES } from "./fixtures/meetingNotes";
import { DEFAULT_LANE_TITLES } from "./laneHeadings";
import { parseMeetingNotes } from "./meetingNotes";
import type { ImportPlan } from "./plan";

function meetingPlan(): ImportPlan {
  const result = parseMeetingNotes(MEETING_NOTES, DEFAULT_LANE_TITLES);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

function untitledBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { createdAt: 1 });
  return doc;
}

const plan = (lanes: ImportPlan["lanes"], title: string | null = null): ImportPlan => ({
  title,
  lanes,
  skipped: [],
});

describe("applyImport", () => {
  it("appends the notes to the end of their lanes in plan order, in one transaction", () => {
    const doc = untitledBoard();
    addNote(doc, { id: "old", lane: "p1", text: "Already here" });
    let origin: unknown;
    doc.on("afterTransaction", (tr: Y.Transaction) => {
      origin = tr.origin;
    });
    let result: ReturnType<typeof applyImport> | undefined;
    const transactions = countTransactions(doc, () => {
      result = applyImport(doc, meetingPlan(), { setTitleIfUntitled: true });
    });
    expect(transactions).toBe(1);
    expect(origin).toBe("import");
    expect(result).toEqual({
      notes: 9,
      clusters: 0,
      lanes: ["inbox", "p1", "p2", "p3", "p4"],
      steps: 0,
      terms: 0,
    });
    const board = readBoard(doc);
    expect(board.title).toBe("March 2019 Studio Roundtable Notes");
    expect(notesInLane(board, "p1").map((n) => n.text)).toEqual([
      "Already here",
      "Fix the booking system before the spring term",
      "Publish the studio’s rules – in plain language",
    ]);
    const open = notesInLane(board, "p3")[0];
    expect(open).toMatchObject({ text: "Quarterly open studio", priorVotes: 3, author: null });
    expect(notesInLane(board, "p2")[1]?.priorVotes).toBeNull();
  });

  it("keeps a board's own title and lane names unless asked", () => {
    const doc = newBoard("Our board");
    const lanes = [{ lane: "p1", title: "Now", subtitle: "", notes: [], clusters: [] }];
    applyImport(doc, plan(lanes, "Other title"), { setTitleIfUntitled: true });
    expect(readBoard(doc).title).toBe("Our board");
    expect(readBoard(doc).lanes[1]).toMatchObject({ title: "Priority one", subtitle: "Do first" });
    applyImport(doc, plan(lanes), { renameLanes: true });
    expect(readBoard(doc).lanes[1]).toMatchObject({ title: "Now", subtitle: "" });
  });

  it("sets the title of a board still named as created, in any language", () => {
    for (const created of ["Untitled board", "Tablero sin título"]) {
      const doc = newBoard(created);
      applyImport(doc, plan([], "Notas de marzo"), { setTitleIfUntitled: true });
      expect(readBoard(doc).title).toBe("Notas de marzo");
    }
  });

  it("creates clusters with their notes, history, authors and times", () => {
    const doc = newBoard();
    applyImport(
      doc,
      plan([
        {
          lane: "p2",
          notes: [],
          clusters: [
            {
              title: "Wins",
              priorVotes: 4,
              notes: [
                { text: "a", author: "alice", authorName: "Alice", createdAt: 5, color: "#BFDBFE" },
                { text: "b", priorVotes: 1 },
              ],
            },
          ],
        },
      ]),
    );
    const board = readBoard(doc);
    expect(board.clusters).toMatchObject([{ title: "Wins", lane: "p2", priorVotes: 4 }]);
    const members = notesInCluster(board, board.clusters[0]?.id ?? "");
    expect(members.map((n) => [n.text, n.author, n.createdAt, n.color, n.priorVotes])).toEqual([
      ["a", "alice", 5, "#bfdbfe", null],
      ["b", null, expect.any(Number), "#fde68a", 1],
    ]);
  });

  it("refuses a note over 2000 characters, naming it, and leaves the board untouched", () => {
    const doc = newBoard();
    const lanes = [
      { lane: "p1", notes: [{ text: "fine" }], clusters: [] },
      { lane: "p2", notes: [{ text: "ok" }, { text: "x".repeat(2001) }], clusters: [] },
    ];
    expectRejected(doc, "note-too-long", () => applyImport(doc, plan(lanes)));
    expect(() => applyImport(doc, plan(lanes))).toThrow("lane p2, note 2 is longer than 2000");
  });

  it("refuses unknown lanes and malformed values before writing anything", () => {
    const doc = newBoard();
    const good = { lane: "p1", notes: [{ text: "fine" }], clusters: [] };
    expectRejected(doc, "unknown-lane", () =>
      applyImport(doc, plan([good, { lane: "p9", notes: [], clusters: [] }])),
    );
    expectRejected(doc, "invalid-input", () =>
      applyImport(
        doc,
        plan([good, { lane: "p2", notes: [{ text: "x", priorVotes: -1 }], clusters: [] }]),
      ),
    );
    expectRejected(doc, "invalid-input", () =>
      applyImport(
        doc,
        plan([good, { lane: "p2", notes: [{ text: "x", color: "red" }], clusters: [] }]),
      ),
    );
    expectRejected(doc, "title-too-long", () =>
      applyImport(
        doc,
        plan([good, { lane: "p2", notes: [], clusters: [{ title: "t".repeat(201), notes: [] }] }]),
      ),
    );
  });
});
