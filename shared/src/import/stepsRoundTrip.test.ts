import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../board";
import { initBoard } from "../boardOps";
import { snapshotItems } from "../export/itemLabels";
import { snapshotToJson } from "../export/json";
import { snapshotToMarkdown } from "../export/markdown";
import { SAMPLE_NAMES, SAMPLE_TOTALS } from "../export/sampleBoard";
import { sampleBoardWithSteps } from "../export/sampleSteps";
import { stepRows } from "../export/steps";
import { glossaryEntries, readGlossary } from "../glossary/glossary";
import { defaultLanesIn } from "../i18n/defaults";
import type { Language } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import { renameLane } from "../laneOps";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { readSteps } from "../steps/step";
import { applyImport } from "./applyImport";
import { parseJsonExport } from "./jsonExport";
import { parseMeetingNotes } from "./meetingNotes";
import type { ParseResult } from "./plan";

const NOW = Date.UTC(2026, 10, 22, 12);
type Totals = Readonly<Record<string, number>> | null;

function freshBoard(language: Language = "en"): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { createdAt: NOW });
  if (language !== "en")
    for (const lane of defaultLanesIn(language)) renameLane(doc, lane.id, lane);
  // The sample's renamed lane, so that its heading names the same lane here.
  renameLane(doc, "p4", { title: "Someday, maybe", subtitle: "" });
  return doc;
}

function snapshot(doc: Y.Doc, totals: Totals = null): Snapshot {
  return snapshotBoard(doc, { boardId: "b", totals, names: SAMPLE_NAMES, now: NOW });
}

function planOf(result: ParseResult) {
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

function laneTitles(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(readBoard(doc).lanes.map((lane) => [lane.id, lane.title]));
}

/**
 * The steps in the room's order with everything a format keeps, the item named by its place
 * among the board's notes and clusters (in the room's order), its kind and its text: the same
 * place, kind and text on both boards is the same item.
 */
function stepsOf(s: Snapshot, keep: { ids: boolean; times: boolean }) {
  const t = sharedWords();
  const places = new Map(snapshotItems(t, s).map((item, i) => [item.id, i]));
  return stepRows(s, t).map(({ step, item }) => ({
    text: step.text,
    owner: step.owner,
    due: step.due,
    measure: step.measure,
    done: step.done,
    item: item === null ? null : [places.get(item.id), item.kind, item.text],
    ...(keep.ids && { id: step.id, carriedFrom: step.carriedFrom }),
    ...(keep.times && { createdAt: step.createdAt, createdBy: step.createdBy }),
  }));
}

function definedTerms(doc: Y.Doc) {
  return glossaryEntries(readGlossary(doc)).map(({ term, meaning }) => ({ term, meaning }));
}

describe("next steps and the glossary through the JSON export", () => {
  it("come back identical in a fresh board: ids, items, times, who set them, where from", () => {
    const original = snapshot(sampleBoardWithSteps(), SAMPLE_TOTALS);
    const plan = planOf(parseJsonExport(snapshotToJson(original)));
    const doc = freshBoard();
    const result = applyImport(doc, plan, { renameLanes: true, setTitleIfUntitled: true });
    expect(result).toMatchObject({ steps: 8, terms: 3 });
    const keep = { ids: true, times: true };
    const copy = snapshot(doc, {});
    expect(stepsOf(copy, keep)).toEqual(stepsOf(original, keep));
    // Oldest first, as the board lists them, with the same fields but the items' new ids.
    const noItem = (s: Snapshot) => s.steps?.map(({ item: _item, ...step }) => step);
    expect(noItem(copy)).toEqual(noItem(original));
    expect(definedTerms(doc)).toEqual(definedTerms(sampleBoardWithSteps()));
    // The step of a deleted note stays, of no item; the others hang on the copies' new ids.
    const items = new Set(readBoard(doc).notes.map((n) => n.id));
    for (const c of readBoard(doc).clusters) items.add(c.id);
    const attached = readSteps(doc).filter((step) => step.item !== "");
    expect(attached).toHaveLength(5);
    for (const step of attached) expect(items.has(step.item)).toBe(true);
    expect(readSteps(doc).find((step) => step.id === "s6")?.item).toBe("");
  });

  it("imported twice into one board, give two copies, each on its own copy of the notes", () => {
    const json = snapshotToJson(snapshot(sampleBoardWithSteps()));
    const doc = freshBoard();
    applyImport(doc, planOf(parseJsonExport(json)), { renameLanes: true });
    applyImport(doc, planOf(parseJsonExport(json)), { renameLanes: true });
    const steps = readSteps(doc);
    expect(steps).toHaveLength(16);
    expect(new Set(steps.map((step) => step.id)).size).toBe(16);
    const items = steps.filter((step) => step.item !== "").map((step) => step.item);
    expect(new Set(items).size).toBe(items.length);
    // The board's own meaning wins over an import's.
    expect(definedTerms(doc)).toEqual(definedTerms(sampleBoardWithSteps()));
  });

  it("reads an export from before next steps (no steps, no glossary) as none", () => {
    const data = JSON.parse(snapshotToJson(snapshot(sampleBoardWithSteps())));
    delete data.steps;
    delete data.glossary;
    const plan = planOf(parseJsonExport(JSON.stringify(data)));
    expect(plan.steps).toBeUndefined();
    expect(plan.glossary).toBeUndefined();
    const doc = freshBoard();
    expect(applyImport(doc, plan, { renameLanes: true })).toMatchObject({ steps: 0, terms: 0 });
  });
});

describe("next steps and the glossary through the Markdown export", () => {
  it.each<[string, Language, Totals, Totals]>([
    ["in English, votes hidden", "en", null, null],
    ["in English, votes revealed", "en", SAMPLE_TOTALS, {}],
    ["in Spanish, votes revealed", "es", SAMPLE_TOTALS, {}],
  ])(
    "come back identical in a fresh board, %s, and export again the same",
    (_, language, before, after) => {
      const options = { timeZone: "UTC", language } as const;
      const first = snapshotToMarkdown(snapshot(sampleBoardWithSteps(), before), options);
      const doc = freshBoard(language);
      const plan = planOf(parseMeetingNotes(first, laneTitles(doc)));
      expect(plan.skipped.map((s) => s.line)).toEqual([3]);
      const result = applyImport(doc, plan, { renameLanes: true, setTitleIfUntitled: true });
      expect(result).toMatchObject({ steps: 8, terms: 3 });
      const keep = { ids: false, times: false };
      expect(stepsOf(snapshot(doc, after), keep)).toEqual(
        stepsOf(snapshot(sampleBoardWithSteps(), before), keep),
      );
      expect(definedTerms(doc)).toEqual(definedTerms(sampleBoardWithSteps()));
      expect(snapshotToMarkdown(snapshot(doc, after), options)).toBe(first);
    },
  );

  it("reads an English export into a Spanish board and a Spanish one into an English board", () => {
    for (const [from, into] of [
      ["en", "es"],
      ["es", "en"],
    ] as const) {
      const text = snapshotToMarkdown(snapshot(sampleBoardWithSteps()), {
        timeZone: "UTC",
        language: from,
      });
      const doc = freshBoard(into);
      applyImport(doc, planOf(parseMeetingNotes(text, laneTitles(doc))), { renameLanes: true });
      const keep = { ids: false, times: false };
      expect(stepsOf(snapshot(doc), keep)).toEqual(stepsOf(snapshot(sampleBoardWithSteps()), keep));
    }
  });
});
