import {
  addNote,
  addStep,
  createCluster,
  defineTerm,
  glossaryMap,
  initBoard,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  newId,
  notesMap,
  readBoard,
  readGlossary,
  readLanes,
  readSteps,
  renameLane,
  stepsMap,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { newBoard } from "../boards";
import { ContinuedBoardTooBig, checkFirstStateFits } from "./carryOver";
import { readEarlierBoard } from "./earlierBoard";

const EARLIER = newId();

/** A board after a meeting: renamed lanes, a cluster, open and done steps, a glossary. */
function earlierDoc() {
  const doc = new Y.Doc();
  initBoard(doc, { title: "March", createdAt: 1_000 }, "server");
  renameLane(doc, "p1", { title: "Must do", subtitle: "This term" }, "server");
  const a = addNote(doc, { lane: "p2", text: "Attendance", color: "#bfdbfe", author: "ada" });
  const b = addNote(doc, { lane: "p2", text: "Tardies", author: "ben" });
  const c = addNote(doc, { lane: "p1", text: "LCAP survey" });
  const d = addNote(doc, { lane: "inbox", text: "Parking" });
  const cluster = createCluster(doc, { lane: "p2", title: "Showing up", noteIds: [a, b] });
  // History an import carried: it is not a vote, and does not come over.
  doc.transact(() => (notesMap(doc).get(c) as Y.Map<unknown>).set(NOTE_FIELDS.priorVotes, 7));
  const open = addStep(doc, {
    text: "Send the survey",
    owner: "Ada",
    due: "2025-04-01",
    measure: "60% answer",
    item: c,
    createdAt: 5_000,
    createdBy: "Ben",
  });
  const onCluster = addStep(doc, { text: "Call families", item: cluster, createdAt: 6_000 });
  addStep(doc, { text: "Book the room", done: true, createdAt: 4_000 });
  defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
  defineTerm(doc, "KQED", { meaning: "", fine: true });
  return { doc, notes: { a, b, c, d }, cluster, open, onCluster };
}

function firstState(carryNotes: boolean) {
  const earlier = earlierDoc();
  const read = readEarlierBoard(earlier.doc, EARLIER);
  const { initialState } = newBoard("April", "hash", 9_000, read.lanes, undefined, {
    earlier: read,
    carryNotes,
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialState);
  return { earlier, doc, initialState, read };
}

describe("a board continuing another", () => {
  it("takes the open steps as they were, carried from the earlier board", () => {
    const { earlier, doc } = firstState(false);
    expect(readSteps(doc)).toEqual([
      {
        id: earlier.open,
        text: "Send the survey",
        owner: "Ada",
        due: "2025-04-01",
        measure: "60% answer",
        done: false,
        // Its note did not come over.
        item: "",
        createdAt: 5_000,
        createdBy: "Ben",
        carriedFrom: EARLIER,
      },
      {
        id: earlier.onCluster,
        text: "Call families",
        owner: "",
        due: "",
        measure: "",
        done: false,
        item: "",
        createdAt: 6_000,
        createdBy: "",
        carriedFrom: EARLIER,
      },
    ]);
    expect(metaMap(doc).get(META_FIELDS.continues)).toBe(EARLIER);
    expect(readBoard(doc).notes).toEqual([]);
    expect(readBoard(doc).clusters).toEqual([]);
  });

  it("keeps the lanes' titles and the glossary, fine marks too", () => {
    const { doc } = firstState(false);
    const lanes = readLanes(doc).map(({ id, title, subtitle }) => ({ id, title, subtitle }));
    expect(lanes[1]).toEqual({ id: "p1", title: "Must do", subtitle: "This term" });
    expect(lanes.map((l) => l.title)).toEqual(
      readLanes(earlierDoc().doc).map((lane) => lane.title),
    );
    expect([...readGlossary(doc).values()]).toEqual([
      { term: "LCAP", meaning: "Local Control and Accountability Plan", fine: false },
      { term: "KQED", meaning: "", fine: true },
    ]);
  });

  it("with carryNotes, brings every note into the inbox in the room's order, unclustered", () => {
    const { earlier, doc } = firstState(true);
    const { a, b, c, d } = earlier.notes;
    const notes = readBoard(doc).notes;
    // Lane by lane (inbox, Must do, then Priority two's cluster), as the room shows them.
    expect(notes.map((n) => n.id)).toEqual([d, c, a, b]);
    expect(notes.every((n) => n.lane === "inbox" && n.cluster === null)).toBe(true);
    expect(notes.find((n) => n.id === a)).toMatchObject({
      text: "Attendance",
      color: "#bfdbfe",
      author: "ada",
      priorVotes: null,
    });
    expect(notes.find((n) => n.id === c)?.priorVotes).toBeNull();
    // The step's note came over, so it still follows from it; a cluster never comes over.
    const steps = readSteps(doc);
    expect(steps.find((s) => s.id === earlier.open)?.item).toBe(c);
    expect(steps.find((s) => s.id === earlier.onCluster)?.item).toBe("");
  });

  it("clips or leaves out what another program stored past the caps", () => {
    const { doc } = earlierDoc();
    doc.transact(() => {
      const long = new Y.Map<unknown>();
      long.set("text", new Y.Text(`${"x".repeat(600)}`));
      long.set("createdAt", -5);
      stepsMap(doc).set("long-step", long);
      const empty = new Y.Map<unknown>();
      empty.set("text", new Y.Text("   "));
      stepsMap(doc).set("empty-step", empty);
      glossaryMap(doc).set("two words", { meaning: "nope", fine: false });
    });
    const read = readEarlierBoard(doc, EARLIER);
    const { initialState } = newBoard("April", "hash", 9_000, read.lanes, undefined, {
      earlier: read,
      carryNotes: true,
    });
    const next = new Y.Doc();
    Y.applyUpdate(next, initialState);
    const long = readSteps(next).find((s) => s.id === "long-step");
    expect(long?.text).toHaveLength(500);
    expect(readSteps(next).some((s) => s.id === "empty-step")).toBe(false);
    expect(readGlossary(next).has("two words")).toBe(false);
  });

  it("refuses a first state past the board cap", () => {
    const { initialState, read } = firstState(true);
    const continuation = { earlier: read, carryNotes: true };
    expect(() =>
      checkFirstStateFits(continuation, initialState, initialState.byteLength),
    ).not.toThrow();
    expect(() =>
      checkFirstStateFits(continuation, initialState, initialState.byteLength - 1),
    ).toThrow(ContinuedBoardTooBig);
  });
});
