import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { newBoard, replicaOf, syncDocs } from "../testBoards";
import { isOverdue, isStepDate, readSteps } from "./step";
import { addStep, removeStep, setStepDone, updateStep } from "./stepOps";

describe("next steps", () => {
  it("adds a step with its owner, date and measure, and reads it back", () => {
    const doc = newBoard();
    const id = addStep(doc, {
      text: "Draft the parent survey",
      owner: "Ana",
      due: "2026-12-15",
      measure: "Survey sent to every school",
      item: "note-1",
      createdAt: 1000,
      createdBy: "Fran",
    });
    expect(readSteps(doc)).toEqual([
      {
        id,
        text: "Draft the parent survey",
        owner: "Ana",
        due: "2026-12-15",
        measure: "Survey sent to every school",
        done: false,
        item: "note-1",
        createdAt: 1000,
        createdBy: "Fran",
        carriedFrom: null,
      },
    ]);
  });

  it("refuses bad input before touching the board", () => {
    const doc = newBoard();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => addStep(doc, { text: " " })).toThrow(/needs its text/);
    expect(() => addStep(doc, { text: "x", due: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
    expect(() => addStep(doc, { text: "x".repeat(501) })).toThrow(/longer than 500/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("keeps two people's changes to different fields of one step", () => {
    const a = newBoard();
    const id = addStep(a, { text: "Call the museum" });
    const b = replicaOf(a);
    updateStep(a, id, { owner: "Ben" });
    updateStep(b, id, { due: "2027-01-10" });
    syncDocs(a, b);
    expect(readSteps(a)[0]).toMatchObject({ owner: "Ben", due: "2027-01-10" });
    expect(readSteps(b)).toEqual(readSteps(a));
  });

  it("marks done, clears a date, and removes", () => {
    const doc = newBoard();
    const id = addStep(doc, { text: "Book the room", due: "2026-01-05" });
    expect(isOverdue(readSteps(doc)[0] ?? { done: false, due: "" }, "2026-01-06")).toBe(true);
    setStepDone(doc, id, true);
    expect(isOverdue(readSteps(doc)[0] ?? { done: false, due: "" }, "2026-01-06")).toBe(false);
    updateStep(doc, id, { due: "" });
    expect(readSteps(doc)[0]?.due).toBe("");
    removeStep(doc, id);
    expect(readSteps(doc)).toEqual([]);
  });

  it("knows real dates only", () => {
    expect(isStepDate("2028-02-29")).toBe(true);
    expect(isStepDate("2027-02-29")).toBe(false);
    expect(isStepDate("2027-1-05")).toBe(false);
  });
});
