import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { defaultLanesIn } from "../i18n/defaults";
import { combineMeeting, type MeetingSnapshot } from "./combine";
import { meetingExportFileName } from "./fileName";
import { meetingToMarkdown } from "./markdown";
import * as sample from "./sampleMeeting";

const { combineBoards, markdownBullets, p1Board, plainNote, TEMPLATE_LANES } = sample;

/** Rendered with raw HTML allowed, so anything not escaped would come through as markup. */
function render(text: string): string {
  return new MarkdownIt({ html: true }).render(text);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const PRINCIPALS = p1Board(
  "Principals",
  [
    { id: "w", title: "Quick wins", votes: 5, notes: [plainNote("d", "Fix the doors", 3)] },
    { id: "t", title: "Tidy up", votes: 1, notes: [plainNote("c", "Clear the desks", 0)] },
  ],
  [plainNote("l", "A loose note", 2)],
);

const DIRECTORS = p1Board("Directors", [
  { id: "q", title: "quick wins", votes: 1, notes: [plainNote("h", "Oil the hinges", 1)] },
]);

/** The two boards with only the template's first two lanes. */
function twoGroups(mergeClusters: boolean): MeetingSnapshot {
  return combineBoards(mergeClusters, [PRINCIPALS, DIRECTORS], TEMPLATE_LANES.slice(0, 2));
}

describe("meetingToMarkdown", () => {
  it("writes merged clusters first, then each group's items, Unsorted last, ranked by votes", () => {
    expect(meetingToMarkdown(twoGroups(true))).toBe(
      [
        "# ALMA visit",
        "",
        "_Exported 2026-11-22 12:00 UTC · 2 groups: Principals, Directors_",
        "",
        "## Priority one",
        "",
        "_Do first_",
        "",
        "- **Quick wins** — Principals and Directors (6 votes)",
        "  - Fix the doors — Principals (3 votes)",
        "  - Oil the hinges — Directors (1 vote)",
        "",
        "### Principals",
        "",
        "- A loose note (2 votes)",
        "- **Tidy up** (1 vote)",
        "  - Clear the desks",
        "",
        "## Unsorted",
        "",
        "_New ideas land here_",
        "",
      ].join("\n"),
    );
  });

  it("without merging gives every group its own clusters, ranked with its loose notes", () => {
    const text = meetingToMarkdown(twoGroups(false));
    expect(text).not.toContain(" — Principals and Directors");
    expect(text).toContain(
      "### Principals\n\n- **Quick wins** (5 votes)\n  - Fix the doors (3 votes)\n- A loose note (2 votes)\n- **Tidy up** (1 vote)\n",
    );
    expect(text).toContain(
      "### Directors\n\n- **quick wins** (1 vote)\n  - Oil the hinges (1 vote)\n",
    );
    expect(text).not.toContain("<!--");
  });

  it("shows every note once, under its priority and group, merged or not", () => {
    const groups = sample.sampleGroups();
    for (const merge of [false, true]) {
      const snapshot = combineMeeting(sample.sampleInput(merge));
      const expected = snapshot.lanes.flatMap((lane) =>
        [...lane.clusters.flatMap((c) => c.notes), ...lane.notes].map(
          (note) => `${lane.title} / ${note.group} / ${note.text}`,
        ),
      );
      const written = markdownBullets(meetingToMarkdown(snapshot));
      expect(written.sort()).toEqual(expected.sort());
      expect(written.length).toBe(sample.sampleNoteKeys(groups).length);
    }
  });

  it("names three groups of a merged cluster in words, and leaves out groups with nothing", () => {
    const text = meetingToMarkdown(combineMeeting(sample.sampleInput(true)));
    expect(text).toContain(
      "- **Quick wins** — Principals, Directors and Cabinet (6 votes)\n  - Fix the doors — Principals (3 votes)\n  - Oil the hinges — Directors\n  - Paint the hall — Cabinet\n",
    );
    // Nothing of the Cabinet's is left in p1 but its share of the merged cluster.
    expect(text).toContain(
      "### Directors\n\n- **Staffing**\n  - Hire a caretaker\n\n## Priority two\n",
    );
    expect(text).toContain("## Priority four\n\n_Someday_\n\n## Parking lot\n");
    expect(text.indexOf("## Unsorted")).toBeGreaterThan(text.indexOf("## Parking lot"));
  });

  it("keeps hostile group names, titles and notes as text", () => {
    const clusters = [
      {
        id: "c",
        title: "## Shared\n<b>x</b>",
        votes: null,
        notes: [plainNote("n1", "## not a heading")],
      },
    ];
    const notes = [plainNote("n2", "- a dash\n# and a hash"), plainNote("n3", "Ends (3 votes)")];
    const boards = ["# x", "*Bold* <b>y</b> (2 votes)"].map((name) =>
      p1Board(name, clusters, notes),
    );
    const snapshot = combineBoards(true, boards, TEMPLATE_LANES.slice(1, 2));
    snapshot.meeting.title = "# <i>Meeting</i>";
    const text = meetingToMarkdown(snapshot);
    expect(text).toContain(
      "_Exported 2026-11-22 12:00 UTC · 2 groups: # x, \\*Bold\\* \\<b>y\\</b> \\(2 votes)_",
    );
    expect(text).toContain(
      "- **## Shared \\<b>x\\</b>** — # x and \\*Bold\\* \\<b>y\\</b> \\(2 votes)\n",
    );
    expect(text).toContain("  - \\## not a heading — # x\n");
    expect(text).toContain("\n### # x\n\n- \\- a dash\n  \\# and a hash\n- Ends \\(3 votes)\n");
    const html = render(text);
    expect(count(html, "<h1>")).toBe(1);
    expect(count(html, "<h2>")).toBe(1);
    // One section a group; no note became a heading.
    expect(count(html, "<h3>")).toBe(2);
    expect(html).not.toContain("<h4>");
    for (const tag of ["<b>", "<i>", "<em>Bold", "<em>Meeting"]) {
      expect(html).not.toContain(tag);
    }
    // Only the merged cluster's title is bold; only the export line and the subtitle in italics.
    expect(count(html, "<strong>")).toBe(1);
    expect(count(html, "<em>")).toBe(2);
    expect(html).toContain("<h3># x</h3>");
    expect(html).toContain("<li>## not a heading — # x</li>");
    expect(markdownBullets(text).filter((b) => b.endsWith("Ends (3 votes)"))).toEqual([
      "Priority one / # x / Ends (3 votes)",
      "Priority one / *Bold* <b>y</b> (2 votes) / Ends (3 votes)",
    ]);
  });

  it("writes its own words in Spanish, the groups' and notes' as typed", () => {
    const spanish = { timeZone: "UTC", language: "es" } as const;
    const lanes = defaultLanesIn("es").slice(0, 2);
    const snapshot = combineBoards(true, [PRINCIPALS, DIRECTORS], lanes);
    expect(meetingToMarkdown(snapshot, spanish)).toBe(
      [
        "# ALMA visit",
        "",
        "_Exportado el 2026-11-22 12:00 UTC · 2 grupos: Principals, Directors_",
        "",
        "## Prioridad uno",
        "",
        "_Lo primero_",
        "",
        "- **Quick wins** — Principals y Directors (6 votos)",
        "  - Fix the doors — Principals (3 votos)",
        "  - Oil the hinges — Directors (1 voto)",
        "",
        "### Principals",
        "",
        "- A loose note (2 votos)",
        "- **Tidy up** (1 voto)",
        "  - Clear the desks",
        "",
        "## Sin ordenar",
        "",
        "_Aquí llegan las ideas nuevas_",
        "",
      ].join("\n"),
    );
    expect(meetingExportFileName(snapshot, "md", "es")).toBe(
      "alma-visit-todos-los-grupos-2026-11-22.md",
    );
  });

  it("joins group names with the Spanish word for the sound that follows", () => {
    const spanish = { timeZone: "UTC", language: "es" } as const;
    const merged = (names: string[]) => {
      const boards = names.map((name) =>
        p1Board(name, [{ id: name, title: "Arte", votes: null, notes: [plainNote(name, "x")] }]),
      );
      return meetingToMarkdown(combineBoards(true, boards, TEMPLATE_LANES.slice(1, 2)), spanish);
    };
    expect(merged(["Familias", "Innovación"])).toContain("- **Arte** — Familias e Innovación\n");
    expect(merged(["Padres", "Maestros", "hijos"])).toContain("— Padres, Maestros e hijos\n");
    expect(merged(["Maestros", "Hielo"])).toContain("— Maestros y Hielo\n");
    expect(merged(["Solo"])).toContain("_Exportado el 2026-11-22 12:00 UTC · 1 grupo: Solo_");
    const untitled = p1Board("G", [{ id: "c", title: " ", votes: 2, notes: [] }]);
    expect(meetingToMarkdown(combineBoards(false, [untitled]), spanish)).toContain(
      "- **Categoría sin título** (2 votos)",
    );
  });
});
