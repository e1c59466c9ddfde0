import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CLUSTER_FIELDS, clustersMap, NOTE_FIELDS, notesMap, recordIn } from "./doc";
import { SAMPLE_NAMES, SAMPLE_TIME, SAMPLE_TOTALS, sampleBoard } from "./export/sampleBoard";
import { STEPS_TIME, sampleBoardWithSteps } from "./export/sampleSteps";
import {
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  snapshotBoard,
  snapshotGlossary,
  snapshotSteps,
} from "./snapshot";
import { newBoard } from "./testBoards";

const NOW = Date.UTC(2026, 10, 22, 12);

describe("snapshotBoard", () => {
  it("lists lanes, clusters and loose notes in board order with names and ISO times", () => {
    const snapshot = snapshotBoard(sampleBoard(), {
      boardId: "board-123",
      totals: SAMPLE_TOTALS,
      names: SAMPLE_NAMES,
      now: NOW,
    });
    expect(snapshot.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(snapshot.board).toEqual({
      id: "board-123",
      title: "Arts Leadership Roundtable",
      exportedAt: "2026-11-22T12:00:00.000Z",
    });
    expect(snapshot.lanes.map((lane) => lane.id)).toEqual(["inbox", "p1", "p2", "p3", "p4"]);
    const p1 = snapshot.lanes[1];
    expect(p1?.clusters.map((c) => [c.title, c.votes])).toEqual([["Quick wins", 5]]);
    expect(p1?.clusters[0]?.notes.map((n) => n.id)).toEqual(["doors", "hall"]);
    expect(p1?.notes.map((n) => n.id)).toEqual(["dash", "numbered", "multiline"]);
    expect(p1?.clusters[0]?.notes[0]).toEqual({
      id: "doors",
      text: "Fix the doors",
      votes: 3,
      author: "bob",
      authorName: "Bób 🎻",
      color: "#fde68a",
      createdAt: new Date(SAMPLE_TIME).toISOString(),
    });
    expect(snapshot.lanes[3]).toEqual({
      id: "p3",
      title: "Priority three",
      subtitle: "Later",
      clusters: [],
      notes: [],
    });
    expect(snapshot.lanes[4]?.title).toBe("Someday, maybe");
  });

  it("gives null votes on every item while totals are hidden, and 0 for no votes once shown", () => {
    const doc = sampleBoard();
    const hidden = snapshotBoard(doc, { boardId: "b", totals: null, names: {} });
    const all = hidden.lanes.flatMap((lane) => [
      ...lane.notes,
      ...lane.clusters,
      ...lane.clusters.flatMap((c) => c.notes),
    ]);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((item) => item.votes === null)).toBe(true);
    const shown = snapshotBoard(doc, { boardId: "b", totals: {}, names: {} });
    expect(shown.lanes[0]?.notes.map((n) => n.votes)).toEqual([0, 0]);
  });

  it("adds history carried over by an import to the live total", () => {
    const doc = sampleBoard();
    recordIn(notesMap(doc), "doors")?.set(NOTE_FIELDS.priorVotes, 4);
    recordIn(clustersMap(doc), "wins")?.set(CLUSTER_FIELDS.priorVotes, 2);
    const snapshot = snapshotBoard(doc, { boardId: "b", totals: SAMPLE_TOTALS, names: {} });
    const cluster = snapshot.lanes[1]?.clusters[0];
    expect(cluster?.votes).toBe(7);
    expect(cluster?.notes[0]?.votes).toBe(7);
  });

  it("never takes a name or total from the prototype, and survives impossible times", () => {
    const doc = newBoard();
    const note = new Y.Map<unknown>();
    note.set(NOTE_FIELDS.text, "odd");
    note.set(NOTE_FIELDS.lane, "p1");
    note.set(NOTE_FIELDS.author, "constructor");
    note.set(NOTE_FIELDS.createdAt, 1e20);
    notesMap(doc).set("toString", note);
    const snapshot = snapshotBoard(doc, { boardId: "b", totals: {}, names: {} });
    expect(snapshot.lanes[1]?.notes[0]).toMatchObject({
      id: "toString",
      votes: 0,
      author: "constructor",
      authorName: null,
      createdAt: null,
    });
  });
});

describe("a snapshot's next steps and glossary", () => {
  it("holds the board's steps oldest first and its defined terms alphabetically", () => {
    const snapshot = snapshotBoard(sampleBoardWithSteps(), {
      boardId: "b",
      totals: null,
      names: {},
    });
    expect(snapshot.steps?.map((step) => step.id)).toEqual([
      "s1",
      "s2",
      "s3",
      "s4",
      "s5",
      "s6",
      "s7",
      "s8",
    ]);
    expect(snapshot.steps?.[0]).toEqual({
      id: "s1",
      text: "Book the hall",
      owner: "Alice Ng",
      due: "2026-12-01",
      measure: "",
      done: false,
      item: "wins",
      createdAt: new Date(STEPS_TIME).toISOString(),
      createdBy: "",
      carriedFrom: null,
    });
    expect(snapshot.steps?.[4]?.item).toBeNull();
    expect(snapshot.glossary?.map((entry) => entry.term)).toEqual(["LCAP", "PTA", "VAPA"]);
  });

  it("is empty for a board without any", () => {
    const snapshot = snapshotBoard(newBoard(), { boardId: "b", totals: null, names: {} });
    expect([snapshot.steps, snapshot.glossary]).toEqual([[], []]);
  });

  it("reads as empty from a snapshot stored before boards had them, tolerantly otherwise", () => {
    const stored = JSON.parse('{"schemaVersion":1,"board":{},"lanes":[]}') as Snapshot;
    expect(snapshotSteps(stored)).toEqual([]);
    expect(snapshotGlossary(stored)).toEqual([]);
    const odd = { steps: [null, { id: "x" }, { id: "y", text: "t", done: "yes", item: "" }, 3] };
    expect(snapshotSteps(odd as unknown as Snapshot)).toEqual([
      {
        id: "y",
        text: "t",
        owner: "",
        due: "",
        measure: "",
        done: false,
        item: null,
        createdAt: null,
        createdBy: "",
        carriedFrom: null,
      },
    ]);
    expect(snapshotGlossary({ glossary: [{ term: "A" }, "B"] } as unknown as Snapshot)).toEqual([
      { term: "A", meaning: "" },
    ]);
  });
});
