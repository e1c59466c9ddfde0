import { describe, expect, it } from "vitest";
import { defineTerm } from "../glossary/glossary";
import { snapshotBoard } from "../snapshot";
import { addStep } from "../steps/stepOps";
import { snapshotToMarkdown } from "./markdown";
import { SAMPLE_TOTALS, sampleBoard } from "./sampleBoard";
import { sampleBoardWithSteps } from "./sampleSteps";

const NOW = Date.UTC(2026, 10, 22, 12);
const snapshot = (doc = sampleBoardWithSteps(), totals = SAMPLE_TOTALS) =>
  snapshotBoard(doc, { boardId: "b", totals, names: {}, now: NOW });

/** What follows the lanes. */
const after = (markdown: string, heading: string) => markdown.slice(markdown.indexOf(heading));

describe("the Markdown export's Next steps and Glossary", () => {
  it("follow the lanes: a table in the room's order, then the defined terms", () => {
    expect(after(snapshotToMarkdown(snapshot()), "\n## Next steps")).toBe(
      [
        "",
        "## Next steps",
        "",
        "| What | Who | By when | How we'll know | Done | For |",
        "| --- | --- | --- | --- | --- | --- |",
        "| Book the hall | Alice Ng | 2026-12-01 |  | no | Quick wins |",
        "| Oil the doors |  |  |  | no | Fix the doors |",
        "| - starts like a bullet # and \\| ends with a pipe \\| |  |  |  | no | Paint 🎨 the hall — “now”, isn’t it? |",
        "| Write to the PTA \\| and the board<br>then \\<br> follow up | Bób 🎻 |  | Two replies \\ in \\*writing\\* | yes | Fix the doors (2) |",
        "| Read the long note |  | 2027-01-15 |  | no | Ask the district about the arts budget about the arts budget… |",
        "| Tell everyone |  |  | Everyone knows | no |  |",
        "| Was about a deleted note |  |  |  | no |  |",
        "| Carried over | Bob |  |  | no |  |",
        "",
        "## Glossary",
        "",
        "- **LCAP**: Local Control and Accountability Plan",
        "- **PTA**: Parent Teacher Association | \\*the\\* parents",
        "- **VAPA**: Visual and Performing Arts",
        "  \\- dance, music",
        "  theatre \\(2 votes)",
        "",
      ].join("\n"),
    );
  });

  it("come after Unsorted, and in Spanish with Spanish words", () => {
    const markdown = snapshotToMarkdown(snapshot(), { timeZone: "UTC", language: "es" });
    expect(markdown.indexOf("\n## Unsorted\n")).toBeLessThan(
      markdown.indexOf("\n## Próximos pasos\n"),
    );
    expect(markdown).toContain(
      "\n## Próximos pasos\n\n| Qué | Quién | Para cuándo | Cómo sabremos | Hecho | Relacionado con |\n| --- | --- | --- | --- | --- | --- |\n| Book the hall | Alice Ng | 2026-12-01 |  | no | Quick wins |\n",
    );
    expect(markdown).toContain("| Fix the doors (2) |");
    expect(markdown).toContain(" | sí | ");
    expect(markdown).toContain(
      "\n## Glosario\n\n- **LCAP**: Local Control and Accountability Plan\n",
    );
  });

  it("are left out when there is nothing in them: a term only marked fine is not defined", () => {
    const plain = snapshotToMarkdown(snapshot(sampleBoard()));
    const doc = sampleBoard();
    defineTerm(doc, "KQED", { meaning: "", fine: true });
    expect(snapshotToMarkdown(snapshot(doc))).toBe(plain);
    addStep(doc, { text: "Only a step", createdAt: 1 });
    const withStep = snapshotToMarkdown(snapshot(doc));
    expect(withStep).toBe(
      `${plain}\n## Next steps\n\n| What | Who | By when | How we'll know | Done | For |\n| --- | --- | --- | --- | --- | --- |\n| Only a step |  |  |  | no |  |\n`,
    );
    expect(withStep).not.toContain("Glossary");
  });

  it("render a stored snapshot from before next steps as they always did", () => {
    const { steps: _steps, glossary: _glossary, ...old } = snapshot(sampleBoard());
    expect(snapshotToMarkdown(old)).toBe(snapshotToMarkdown(snapshot(sampleBoard())));
  });
});
