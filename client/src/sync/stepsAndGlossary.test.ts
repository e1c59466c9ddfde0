import { addStep, defineTerm, META_FIELDS, metaMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { watchContinues, watchGlossary, watchSteps } from "./stepsAndGlossary";

describe("watching a board's steps, glossary and what it continues", () => {
  it("tells the current value at once and each change after, until stopped", () => {
    const doc = new Y.Doc();
    const steps: number[] = [];
    const terms: string[][] = [];
    const continued: (string | null)[] = [];
    const stops = [
      watchSteps(doc, (list) => steps.push(list.length)),
      watchGlossary(doc, (glossary) => terms.push([...glossary.keys()])),
      watchContinues(doc, (id) => continued.push(id)),
    ];
    addStep(doc, { text: "Call the museum" });
    defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
    metaMap(doc).set(META_FIELDS.title, "A title changes nothing here");
    metaMap(doc).set(META_FIELDS.continues, "not an id!");
    metaMap(doc).set(META_FIELDS.continues, "Hl4SNT41KrbdkHywFCABFg");
    for (const stop of stops) stop();
    addStep(doc, { text: "After the stop" });
    expect(steps).toEqual([0, 1]);
    expect(terms).toEqual([[], ["LCAP"]]);
    expect(continued).toEqual([null, "Hl4SNT41KrbdkHywFCABFg"]);
  });
});
