import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { SnapshotStep } from "../snapshot";
import { combineMeeting, type MeetingSnapshot, meetingToJson } from "./combine";
import { meetingGlossaryToCsv, meetingStepsToCsv } from "./csv";
import { meetingExportFileName } from "./fileName";
import { meetingToMarkdown } from "./markdown";
import { MEETING_NOW, p1Board, plainNote, TEMPLATE_LANES } from "./sampleMeeting";

const step = (id: string, text: string, item: string | null, over: Partial<SnapshotStep> = {}) => ({
  id,
  text,
  owner: "",
  due: "",
  measure: "",
  done: false,
  item,
  createdAt: null,
  createdBy: "",
  carriedFrom: null,
  ...over,
});

const PRINCIPALS = {
  ...p1Board(
    "Principals",
    [{ id: "w", title: "Quick wins", votes: 5, notes: [plainNote("d", "Fix the doors", 3)] }],
    [plainNote("l", "A loose note", 2)],
  ),
  steps: [
    step("p-a", "Tell the staff", null, { owner: "Ana" }),
    step("p-b", "Call the locksmith", "d", { due: "2026-12-01", done: true }),
    step("p-c", "Plan the wins", "w"),
  ],
  glossary: [
    { term: "LCAP", meaning: "Local Control and Accountability Plan" },
    { term: "PTA", meaning: "Parent Teacher Association" },
  ],
};

const DIRECTORS = {
  ...p1Board("Directors", [
    { id: "q", title: "quick wins", votes: 1, notes: [plainNote("h", "Oil the hinges", 1)] },
  ]),
  steps: [step("d-a", "Buy oil | soon", "q", { measure: "Hinges quiet" })],
  glossary: [
    { term: "LCAP", meaning: "Local Control and Accountability Plan" },
    { term: "ELD", meaning: "English Language Development" },
    { term: "PTA", meaning: "Parent-Teacher Association" },
  ],
};

/** A stored snapshot of a group from before boards had next steps. */
const CABINET = p1Board("Cabinet", [], [plainNote("x", "Budget")]);

function meeting(mergeClusters: boolean): MeetingSnapshot {
  return combineMeeting({
    meeting: { id: "m", title: "ALMA visit" },
    groups: [PRINCIPALS, DIRECTORS, CABINET].map((snapshot) => ({
      name: snapshot.board.title,
      boardId: snapshot.board.id,
      snapshot,
    })),
    lanes: TEMPLATE_LANES.slice(0, 2),
    mergeClusters,
    now: MEETING_NOW,
  });
}

describe("a meeting's next steps and glossary", () => {
  it("gathers every group's steps, group by group in the room's order, naming the group", () => {
    const { steps } = meeting(false);
    expect(steps.map((s) => [s.group, s.id, s.item])).toEqual([
      ["Principals", "p-c", "w"],
      ["Principals", "p-b", "d"],
      ["Principals", "p-a", null],
      ["Directors", "d-a", "q"],
    ]);
    expect(Object.keys(steps[0] ?? {})).toEqual([
      "id",
      "text",
      "owner",
      "due",
      "measure",
      "done",
      "item",
      "createdAt",
      "createdBy",
      "carriedFrom",
      "group",
    ]);
  });

  it("points a step of a merged cluster at the cluster it went into", () => {
    const merged = meeting(true);
    expect(merged.steps.find((s) => s.id === "d-a")?.item).toBe("w");
    expect(merged.lanes.find((l) => l.id === "p1")?.clusters.map((c) => c.id)).toEqual(["w"]);
  });

  it("merges the glossaries: a term once per meaning, by term", () => {
    expect(meeting(false).glossary).toEqual([
      { term: "ELD", meaning: "English Language Development" },
      { term: "LCAP", meaning: "Local Control and Accountability Plan" },
      { term: "PTA", meaning: "Parent Teacher Association" },
      { term: "PTA", meaning: "Parent-Teacher Association" },
    ]);
  });

  it("writes them into the JSON after the lanes", () => {
    const data = JSON.parse(meetingToJson(meeting(true)));
    expect(Object.keys(data)).toEqual([
      "schemaVersion",
      "kind",
      "meeting",
      "lanes",
      "steps",
      "glossary",
    ]);
    expect(data.steps[3]).toMatchObject({ id: "d-a", group: "Directors", item: "w" });
  });

  it("writes a Next steps table with a Group column and the merged glossary into the Markdown", () => {
    const markdown = meetingToMarkdown(meeting(true));
    expect(markdown.slice(markdown.indexOf("\n## Next steps"))).toBe(
      [
        "",
        "## Next steps",
        "",
        "| Group | What | Who | By when | How we'll know | Done | For |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| Principals | Plan the wins |  |  |  | no | Quick wins |",
        "| Principals | Call the locksmith |  | 2026-12-01 |  | yes | Fix the doors |",
        "| Principals | Tell the staff | Ana |  |  | no |  |",
        "| Directors | Buy oil \\| soon |  |  | Hinges quiet | no | Quick wins |",
        "",
        "## Glossary",
        "",
        "- **ELD**: English Language Development",
        "- **LCAP**: Local Control and Accountability Plan",
        "- **PTA**: Parent Teacher Association",
        "- **PTA**: Parent-Teacher Association",
        "",
      ].join("\n"),
    );
    const spanish = meetingToMarkdown(meeting(true), { timeZone: "UTC", language: "es" });
    expect(spanish).toContain(
      "\n## Próximos pasos\n\n| Grupo | Qué | Quién | Para cuándo | Cómo sabremos | Hecho | Relacionado con |\n",
    );
    expect(spanish).toContain("\n## Glosario\n");
  });

  it("leaves the sections out of a meeting whose groups have none", () => {
    const bare = (s: typeof PRINCIPALS) => ({ ...s, steps: [], glossary: [] });
    const none = combineMeeting({
      meeting: { id: "m", title: "ALMA visit" },
      groups: [bare(PRINCIPALS), CABINET].map((snapshot) => ({
        name: snapshot.board.title,
        boardId: snapshot.board.id,
        snapshot,
      })),
      lanes: TEMPLATE_LANES.slice(0, 2),
      mergeClusters: true,
      now: MEETING_NOW,
    });
    const markdown = meetingToMarkdown(none);
    expect(markdown).not.toContain("Next steps");
    expect(markdown).not.toContain("Glossary");
  });

  it("writes the steps' and the glossary's CSV, the steps with their group first", () => {
    const parse = (text: string) =>
      Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true }).data;
    expect(parse(meetingStepsToCsv(meeting(true)))).toEqual([
      [
        "group",
        "item",
        "text",
        "owner",
        "due",
        "measure",
        "done",
        "created",
        "created_by",
        "carried_from",
      ],
      ["Principals", "Quick wins", "Plan the wins", "", "", "", "false", "", "", ""],
      [
        "Principals",
        "Fix the doors",
        "Call the locksmith",
        "",
        "2026-12-01",
        "",
        "true",
        "",
        "",
        "",
      ],
      ["Principals", "", "Tell the staff", "Ana", "", "", "false", "", "", ""],
      ["Directors", "Quick wins", "Buy oil | soon", "", "", "Hinges quiet", "false", "", "", ""],
    ]);
    expect(parse(meetingGlossaryToCsv(meeting(true)))[0]).toEqual(["term", "meaning"]);
    expect(parse(meetingGlossaryToCsv(meeting(true)))).toHaveLength(5);
    expect(meetingExportFileName(meeting(true), "steps-csv")).toBe(
      "alma-visit-all-groups-next-steps-2026-11-22.csv",
    );
  });
});
