import type { Snapshot, SnapshotNote } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { printGlossary, printSteps } from "./printSteps";

const note = (id: string, text: string, votes: number | null = null): SnapshotNote => ({
  id,
  text,
  votes,
  author: null,
  authorName: null,
  color: "#fff",
  createdAt: null,
});

const step = (id: string, item: string | null, extra: object = {}) => ({
  id,
  text: `Step ${id}`,
  owner: "Ana",
  due: "2026-06-01",
  measure: "",
  done: false,
  item,
  createdAt: null,
  createdBy: "",
  carriedFrom: null,
  ...extra,
});

const BOARD: Snapshot = {
  schemaVersion: 1,
  board: { id: "board-june-001", title: "LRT June", exportedAt: "2026-06-11T17:00:00.000Z" },
  lanes: [
    {
      id: "inbox",
      title: "Unsorted",
      subtitle: "",
      clusters: [],
      notes: [note("n-inbox", "Later")],
    },
    {
      id: "p1",
      title: "Priority one",
      subtitle: "",
      clusters: [{ id: "c1", title: "", votes: null, notes: [note("n-in-c1", "Doors")] }],
      notes: [note("n-p1", "Teacher time")],
    },
  ],
};

describe("next steps on the printable page", () => {
  it("follow the room's order of their items, then the steps of no item", () => {
    const snapshot = {
      ...BOARD,
      steps: [
        step("s-none", null),
        step("s-inbox", "n-inbox"),
        step("s-gone", "n-deleted"),
        step("s-note", "n-p1"),
        step("s-cluster", "c1", { done: true }),
        step("s-in-cluster", "n-in-c1"),
        step("s-cluster-2", "c1"),
      ],
    };
    const steps = printSteps(snapshot);
    expect(steps.map((s) => s.id)).toEqual([
      "s-cluster",
      "s-cluster-2",
      "s-in-cluster",
      "s-note",
      "s-inbox",
      "s-none",
      "s-gone",
    ]);
    expect(steps.map((s) => s.itemText)).toEqual([
      "Untitled cluster",
      "Untitled cluster",
      "Doors",
      "Teacher time",
      "Later",
      null,
      null,
    ]);
    expect(steps[0]).toMatchObject({ done: true, owner: "Ana", due: "2026-06-01" });
  });

  it("are none for a snapshot stored before boards had them, or odd entries", () => {
    expect(printSteps(BOARD)).toEqual([]);
    const odd = { ...BOARD, steps: [null, { id: "x" }, step("blank", null, { text: "  " })] };
    expect(printSteps(odd as unknown as Snapshot)).toEqual([]);
  });

  it("lists the defined terms, and none for an older snapshot", () => {
    expect(printGlossary(BOARD)).toEqual([]);
    const glossary = [
      { term: "LCAP", meaning: "Local Control and Accountability Plan" },
      { term: "VAPA", meaning: "" },
    ];
    expect(printGlossary({ ...BOARD, glossary })).toEqual([
      { term: "LCAP", meaning: "Local Control and Accountability Plan" },
    ]);
  });
});
