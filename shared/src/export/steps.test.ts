import { describe, expect, it } from "vitest";
import { createCluster } from "../clusterOps";
import { sharedWords } from "../i18n/translate";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { addStep } from "../steps/stepOps";
import { snapshotToJson } from "./json";
import { SAMPLE_TOTALS } from "./sampleBoard";
import { sampleBoardWithSteps } from "./sampleSteps";
import { stepRows } from "./steps";

const snapshot = (totals: Readonly<Record<string, number>> | null = SAMPLE_TOTALS): Snapshot =>
  snapshotBoard(sampleBoardWithSteps(), { boardId: "b", totals, names: {}, now: 0 });

describe("stepRows", () => {
  it("lists steps where their items stand in the room's order, then those of no item", () => {
    const rows = stepRows(snapshot());
    expect(
      rows.map((row) => [row.step.id, row.item?.kind ?? null, row.item?.label ?? null]),
    ).toEqual([
      ["s1", "cluster", "Quick wins"],
      ["s3", "note", "Fix the doors"],
      ["s8", "note", "Paint 🎨 the hall — “now”, isn’t it?"],
      ["s2", "note", "Fix the doors (2)"],
      ["s4", "note", "Ask the district about the arts budget about the arts budget…"],
      ["s5", null, null],
      ["s6", null, null],
      ["s7", null, null],
    ]);
  });

  it("follows the room's order, which ranks by votes once they are shown", () => {
    const doc = sampleBoardWithSteps();
    // "twinA" alone in p2 gets the most votes: its step comes first among p2's.
    addStep(doc, { id: "s9", text: "On the literal note", item: "literal", createdAt: 1 });
    const ranked = snapshotBoard(doc, { boardId: "b", totals: { twinA: 9 }, names: {}, now: 0 });
    expect(
      stepRows(ranked)
        .map((r) => r.step.id)
        .slice(3, 5),
    ).toEqual(["s2", "s9"]);
    const hidden = snapshotBoard(doc, { boardId: "b", totals: null, names: {}, now: 0 });
    expect(
      stepRows(hidden)
        .map((r) => r.step.id)
        .slice(3, 5),
    ).toEqual(["s9", "s2"]);
  });

  it("names an untitled cluster in the export's language", () => {
    const doc = sampleBoardWithSteps();
    createCluster(doc, { id: "blank", lane: "p3", title: "", noteIds: ["long"] });
    addStep(doc, { text: "Name it", item: "blank", createdAt: 1 });
    const s = snapshotBoard(doc, { boardId: "b", totals: null, names: {}, now: 0 });
    expect(stepRows(s).find((r) => r.step.text === "Name it")?.item?.label).toBe(
      "Untitled cluster",
    );
    expect(stepRows(s, sharedWords("es")).find((r) => r.step.text === "Name it")?.item?.label).toBe(
      "Categoría sin título",
    );
  });
});

describe("the JSON export's steps and glossary", () => {
  it("are top-level lists in the contracted shape, steps in the room's order", () => {
    const data = JSON.parse(snapshotToJson(snapshot()));
    expect(Object.keys(data)).toEqual(["schemaVersion", "board", "lanes", "steps", "glossary"]);
    expect(data.steps.map((s: { id: string }) => s.id)).toEqual([
      "s1",
      "s3",
      "s8",
      "s2",
      "s4",
      "s5",
      "s6",
      "s7",
    ]);
    expect(data.steps[3]).toEqual({
      id: "s2",
      text: "Write to the PTA | and the board\nthen <br> follow up",
      owner: "Bób 🎻",
      due: "",
      measure: "Two replies \\ in *writing*",
      done: true,
      item: "twinA",
      createdAt: "2026-11-22T09:31:00.001Z",
      createdBy: "",
      carriedFrom: null,
    });
    expect(data.steps[7]).toMatchObject({ item: null, carriedFrom: "earlierboard1" });
    // The step of a note deleted since keeps its id: a program may still look for it.
    expect(data.steps[6]).toMatchObject({ id: "s6", item: "gone" });
    expect(data.glossary).toEqual([
      { term: "LCAP", meaning: "Local Control and Accountability Plan" },
      { term: "PTA", meaning: "Parent Teacher Association | *the* parents" },
      { term: "VAPA", meaning: "Visual and Performing Arts\n- dance, music\ntheatre (2 votes)" },
    ]);
  });

  it("are [] for a board without them and for a snapshot stored before boards had them", () => {
    const { steps: _s, glossary: _g, ...old } = snapshot();
    const data = JSON.parse(snapshotToJson(old));
    expect(data.steps).toEqual([]);
    expect(data.glossary).toEqual([]);
  });
});
