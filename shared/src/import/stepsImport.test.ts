import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { readBoard } from "../board";
import { snapshotToJson } from "../export/json";
import { sampleBoardWithSteps } from "../export/sampleSteps";
import { defineTerm, readGlossary } from "../glossary/glossary";
import { snapshotBoard } from "../snapshot";
import { MAX_STEPS, readSteps } from "../steps/step";
import { addStep } from "../steps/stepOps";
import { countTransactions, expectRejected, newBoard } from "../testBoards";
import { applyImport } from "./applyImport";
import { parseJsonExport } from "./jsonExport";
import { DEFAULT_LANE_TITLES } from "./laneHeadings";
import { parseMeetingNotes } from "./meetingNotes";
import type { ImportPlan, ParseResult } from "./plan";

function planOf(result: ParseResult): ImportPlan {
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const notes = (text: string) => planOf(parseMeetingNotes(text, DEFAULT_LANE_TITLES));

function exported(): Record<string, unknown> {
  const doc = sampleBoardWithSteps();
  return JSON.parse(
    snapshotToJson(snapshotBoard(doc, { boardId: "b", totals: null, names: {}, now: 0 })),
  );
}

describe("the Markdown import of next steps and the glossary", () => {
  it("reads a table typed by hand: columns in any order, ✓ and empty cells, a For of other case", () => {
    const plan = notes(
      [
        "## Priority one",
        "- Fix the doors",
        "- **Quick Wins**",
        "  - Paint the hall",
        "",
        "## Next Steps:",
        "",
        "|Done|What|Who|Notes|For|",
        "|:--|---|---|---|--:|",
        "| ✓ | Oil the hinges | Ana | anything | fix  the DOORS |",
        "| | Buy paint | | | Quick wins |",
        "|  |  |  |  |  |",
        "| No | Tell the PTA | Bob | | Not on the board |",
        "",
        "## Glosario",
        "- **LCAP:** Local Control",
        "  and Accountability Plan",
        "- PTA: Parent Teacher Association",
        "- not a term",
      ].join("\n"),
    );
    expect(plan.lanes.map((l) => [l.lane, l.notes.length, l.clusters.length])).toEqual([
      ["p1", 1, 1],
    ]);
    const [doors] = plan.lanes[0]?.notes ?? [];
    const wins = plan.lanes[0]?.clusters[0];
    expect(plan.steps).toEqual([
      { text: "Oil the hinges", owner: "Ana", due: "", measure: "", done: true, item: doors?.ref },
      { text: "Buy paint", owner: "", due: "", measure: "", done: false, item: wins?.ref },
      { text: "Tell the PTA", owner: "Bob", due: "", measure: "", done: false },
    ]);
    expect(doors?.ref).toMatch(/^m\d+$/);
    expect(plan.glossary).toEqual([
      { term: "LCAP", meaning: "Local Control\nand Accountability Plan" },
      { term: "PTA", meaning: "Parent Teacher Association" },
    ]);
    expect(plan.skipped).toEqual([{ line: 19, text: "not a term" }]);
    const doc = newBoard();
    applyImport(doc, plan);
    const board = readBoard(doc);
    const [hinges, paint, pta] = readSteps(doc);
    expect(board.notes.find((n) => n.id === hinges?.item)?.text).toBe("Fix the doors");
    expect(board.clusters.find((c) => c.id === paint?.item)?.title).toBe("Quick Wins");
    expect(pta?.item).toBe("");
  });

  it("leaves a For that two items share by hand unattached, but the export's own label finds its item", () => {
    const plan = notes(
      [
        "- Same",
        "- same",
        "- Same",
        "## Next steps",
        "| What | For |",
        "| --- | --- |",
        "| a | SAME |",
        "| b | Same (2) |",
      ].join("\n"),
    );
    const refs = plan.lanes[0]?.notes.map((n) => n.ref);
    expect(refs).toEqual([undefined, undefined, "m2"]);
    expect(plan.steps?.map((s) => s.item)).toEqual([undefined, "m2"]);
  });

  it("keeps a lane titled Next steps or Glossary a lane, and reads the sections after it", () => {
    const titles = { ...DEFAULT_LANE_TITLES, p2: "Next steps", p3: "Glossary" };
    const plan = planOf(
      parseMeetingNotes(
        [
          "## Next steps",
          "",
          "_Do next_",
          "",
          "- A note",
          "## Glossary",
          "- Another note",
          "## Next steps",
          "| What |",
          "| --- |",
          "| A step |",
          "## Glossary",
          "- **TERM**: its meaning",
        ].join("\n"),
        titles,
      ),
    );
    expect(plan.lanes.map((l) => [l.lane, l.notes.map((n) => n.text)])).toEqual([
      ["p2", ["A note"]],
      ["p3", ["Another note"]],
    ]);
    expect(plan.steps?.map((s) => s.text)).toEqual(["A step"]);
    expect(plan.glossary).toEqual([{ term: "TERM", meaning: "its meaning" }]);
  });

  it("keeps bullets under a Next steps heading without a table as notes, as before", () => {
    const plan = notes("## Next steps\n- Louise sends the draft\n");
    expect(plan.lanes[0]?.notes.map((n) => n.text)).toEqual(["Louise sends the draft"]);
    expect(plan.steps).toBeUndefined();
  });

  it.each([
    [
      "a row with more cells than the header",
      "| a | b | c |",
      7,
      "the row has 3 cells, the header 2",
    ],
    ["a date that is not one", "| a | 2026-02-30 |", 7, 'the date "2026-02-30"'],
    ["a step without text", "|  | 2026-02-03 |", 7, "the next step has no text"],
    ["a step too long", `| ${"x".repeat(501)} | |`, 7, "longer than 500 characters"],
  ])("refuses %s, naming its line", (_, row, line, message) => {
    const result = parseMeetingNotes(
      ["- a note", "", "## Next steps", "", "| What | By when |", "| --- | --- |", row].join("\n"),
      DEFAULT_LANE_TITLES,
    );
    expect(result).toMatchObject({ ok: false, line });
    expect(result.ok || result.message).toContain(message);
  });

  it("refuses a table without a What column, a missing delimiter row and a Done it cannot read", () => {
    const read = (...lines: string[]) =>
      parseMeetingNotes(["## Next steps", ...lines].join("\n"), DEFAULT_LANE_TITLES);
    expect(read("| Who |", "| --- |", "| Ana |")).toMatchObject({ ok: false, line: 2 });
    expect(read("| What |", "| Ana |")).toMatchObject({ ok: false, line: 3 });
    expect(read("| What | Done |", "| - | - |", "| a | maybe |")).toMatchObject({
      ok: false,
      line: 4,
    });
  });

  it("refuses a term over 16 characters and a meaning over 300", () => {
    const long = notes.bind(null);
    expect(() => long(`## Glossary\n- **${"A".repeat(17)}**: x`)).toThrow(/Line 2/);
    expect(() => long(`## Glossary\n- **A**: ${"x".repeat(301)}`)).toThrow(/Line 2/);
  });

  it(`refuses more than ${MAX_STEPS} steps at the line of the first too many`, () => {
    const rows = Array.from({ length: MAX_STEPS + 1 }, (_, i) => `| step ${i} |`);
    const result = parseMeetingNotes(
      ["## Next steps", "| What |", "| --- |", ...rows].join("\n"),
      DEFAULT_LANE_TITLES,
    );
    expect(result).toMatchObject({ ok: false, line: MAX_STEPS + 4 });
  });

  it("reads a long table in time linear in its size", () => {
    const cell = `${"a\\|b<br>".repeat(40)}`;
    const rows = Array.from(
      { length: MAX_STEPS },
      (_, i) => `| ${i} ${cell} | x | ${"y ".repeat(100)} |`,
    );
    const text = ["## Next steps", "| What | Who | For |", "| --- | --- | --- |", ...rows].join(
      "\n",
    );
    const started = performance.now();
    const plan = notes(text);
    expect(plan.steps).toHaveLength(MAX_STEPS);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("the JSON import of next steps and the glossary", () => {
  it.each<[string, (data: Record<string, unknown>) => void, string]>([
    ["steps not a list", (d) => (d.steps = {}), "steps must be a list"],
    ["a step's date", (d) => (step(d).due = "1/2/2026"), 'steps[0].due must be "" or a date'],
    ["a step's done", (d) => (step(d).done = "yes"), "steps[0].done must be true or false"],
    ["a step's text", (d) => (step(d).text = "x".repeat(501)), "steps[0].text is longer than 500"],
    [
      "a step's time",
      (d) => (step(d).createdAt = "yesterday"),
      "steps[0].createdAt must be an ISO",
    ],
    ["a term of two words", (d) => (term(d).term = "LC AP"), "glossary[0].term must be one word"],
    ["a term's meaning", (d) => (term(d).meaning = 3), "glossary[0].meaning must be a string"],
  ])("refuses a file with bad %s, naming where", (_, spoil, message) => {
    const data = exported();
    spoil(data);
    const result = parseJsonExport(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, line: null });
    expect(result.ok || result.message).toContain(message);
  });

  it("leaves a step whose item the file does not hold of no item", () => {
    const data = exported();
    step(data).item = "nowhere";
    expect(planOf(parseJsonExport(JSON.stringify(data))).steps?.[0]?.item).toBeNull();
  });
});

function step(data: Record<string, unknown>): Record<string, unknown> {
  return (data.steps as Record<string, unknown>[])[0] as Record<string, unknown>;
}

function term(data: Record<string, unknown>): Record<string, unknown> {
  return (data.glossary as Record<string, unknown>[])[0] as Record<string, unknown>;
}

describe("applyImport with next steps and a glossary", () => {
  const plan = (over: Partial<ImportPlan>): ImportPlan => ({
    title: null,
    lanes: [{ lane: "p1", notes: [{ text: "n", ref: "r1" }], clusters: [] }],
    skipped: [],
    ...over,
  });

  function board(): Y.Doc {
    const doc = newBoard();
    addStep(doc, { id: "s1", text: "Already here", createdAt: 1 });
    defineTerm(doc, "LCAP", { meaning: "Ours", fine: false });
    defineTerm(doc, "KQED", { meaning: "", fine: true });
    return doc;
  }

  it.each<[string, Partial<ImportPlan>]>([
    ["a step of an item the plan lacks", { steps: [{ text: "x", item: "r9" }] }],
    ["a step without text", { steps: [{ text: "  " }] }],
    ["a step's owner too long", { steps: [{ text: "x", owner: "o".repeat(61) }] }],
    ["a step's date", { steps: [{ text: "x", due: "2026-13-01" }] }],
    ["a step's done", { steps: [{ text: "x", done: "yes" as unknown as boolean }] }],
    ["a term of two words", { glossary: [{ term: "A B", meaning: "x" }] }],
    ["a term without meaning", { glossary: [{ term: "AB", meaning: " " }] }],
    ["steps not a list", { steps: "x" as unknown as [] }],
    [
      "more steps than a board holds",
      { steps: Array.from({ length: MAX_STEPS }, (_, i) => ({ text: `s${i}` })) },
    ],
  ])("refuses %s and changes nothing, notes included", (_, over) => {
    const doc = board();
    expectRejected(doc, "invalid-input", () => applyImport(doc, plan(over)));
  });

  it("adds steps after the board's in one transaction, in plan order, keeping free ids and the board's own meanings", () => {
    const doc = board();
    let result: ReturnType<typeof applyImport> | undefined;
    const transactions = countTransactions(doc, () => {
      result = applyImport(
        doc,
        plan({
          steps: [
            { text: "First", id: "s1", item: "r1" },
            { text: "Second", id: "fresh", done: true, owner: "Ana" },
          ],
          glossary: [
            { term: "LCAP", meaning: "Theirs" },
            { term: "KQED", meaning: "A station" },
            { term: "PTA", meaning: "Parents" },
            { term: "PTA", meaning: "Twice" },
          ],
        }),
      );
    });
    expect(transactions).toBe(1);
    expect(result).toMatchObject({ notes: 1, steps: 2, terms: 2 });
    const steps = readSteps(doc);
    expect(steps.map((s) => [s.text, s.done, s.owner])).toEqual([
      ["Already here", false, ""],
      ["First", false, ""],
      ["Second", true, "Ana"],
    ]);
    expect(steps[1]?.id).not.toBe("s1");
    expect(steps[2]?.id).toBe("fresh");
    expect(readBoard(doc).notes.find((n) => n.id === steps[1]?.item)?.text).toBe("n");
    expect(Object.fromEntries(readGlossary(doc))).toEqual({
      LCAP: { term: "LCAP", meaning: "Ours", fine: false },
      KQED: { term: "KQED", meaning: "A station", fine: true },
      PTA: { term: "PTA", meaning: "Parents", fine: false },
    });
  });
});
