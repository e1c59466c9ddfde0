import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { addNote } from "../noteOps";
import { snapshotBoard } from "../snapshot";
import { snapshotToMarkdown } from "./markdown";
import { SAMPLE_NAMES, SAMPLE_TOTALS, sampleBoard } from "./sampleBoard";

const NOW = Date.UTC(2026, 10, 22, 12);

function markdown(totals: Readonly<Record<string, number>> | null = SAMPLE_TOTALS): string {
  const snapshot = snapshotBoard(sampleBoard(), {
    boardId: "b",
    totals,
    names: SAMPLE_NAMES,
    now: NOW,
  });
  return snapshotToMarkdown(snapshot);
}

/** Rendered with raw HTML allowed, so anything not escaped would come through as markup. */
function render(text: string): string {
  return new MarkdownIt({ html: true }).render(text);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("snapshotToMarkdown", () => {
  it("reads as minutes: title, date, the priorities, Unsorted last, ranked by votes", () => {
    const lines = markdown().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# Arts Leadership Roundtable",
      "",
      "_Exported 2026-11-22 12:00 UTC_",
    ]);
    const p1 = lines.indexOf("## Priority one");
    expect(lines.slice(p1, p1 + 9)).toEqual([
      "## Priority one",
      "",
      "_Do first_",
      "",
      "- **Quick wins** (5 votes)",
      "  - Fix the doors (3 votes)",
      "  - Paint 🎨 the hall — “now”, isn’t it? (1 vote)",
      "- \\- starts with a dash",
      "- 1\\. starts with a number",
    ]);
    const headings = lines.filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Priority one",
      "## Priority two",
      "## Priority three",
      "## Someday, maybe",
      "## Unsorted",
    ]);
    // The most voted note of a lane comes first.
    const p2 = lines.indexOf("## Priority two");
    expect(lines[p2 + 4]).toBe("- Literal (3 votes) in the text (2 votes)");
  });

  it("writes times in the time zone asked for", () => {
    const snapshot = snapshotBoard(sampleBoard(), {
      boardId: "b",
      totals: null,
      names: SAMPLE_NAMES,
      now: NOW,
    });
    const text = snapshotToMarkdown(snapshot, { timeZone: "America/Los_Angeles", language: "en" });
    expect(text).toContain("\n_Exported 2026-11-22 04:00 America/Los_Angeles_\n");
  });

  it("keeps empty lanes, names every lane by its title and carries no HTML comment", () => {
    const text = markdown();
    expect(text).toContain("## Priority three\n\n_Later_\n\n## Someday, maybe\n\n- ");
    expect(text).not.toContain("<!--");
  });

  it("writes no counts while votes are hidden, and none of zero", () => {
    const hidden = markdown(null);
    expect(hidden).not.toMatch(/[^\\]\(\d+ votes?\)$/m);
    expect(hidden).toContain("- **Quick wins**\n");
    expect(hidden).toContain("- Literal (3 votes) in the text\n");
    expect(markdown()).not.toContain("(0 votes)");
  });

  it("leaves out notes with no text", () => {
    const doc = sampleBoard();
    addNote(doc, { id: "blank", lane: "p3", text: "  \n\t " });
    const snapshot = snapshotBoard(doc, { boardId: "b", totals: {}, names: {}, now: NOW });
    expect(snapshotToMarkdown(snapshot)).toContain("## Priority three\n\n_Later_\n\n## Someday");
  });

  it("writes a note's further lines indented, and escapes lines that would read as structure", () => {
    const text = markdown();
    expect(text).toContain(
      "- Line one\n  &#80;riority two -\n  &#8226; looks like a bullet\n\n    indented after a blank\n",
    );
    expect(text).toContain('- =HYPERLINK("http://x")\n  second line\n');
  });

  it("escapes only what would change the text, so it pastes cleanly into an email", () => {
    const text = markdown();
    expect(text).toContain("- +1 from me\n- -5 degrees, brr\n");
    expect(text).toContain(
      "- Use \\*stars\\* and \\_underscores\\_ # hash [link\\](x) \\<b>bold\\</b> \\`code\\` | pipe ~tilde \\ slash\n",
    );
    expect(text).not.toMatch(/\\[()]/);
  });

  it("renders every note as plain text: no markup, links, HTML or extra structure", () => {
    const html = render(markdown());
    expect(count(html, "<h1>")).toBe(1);
    expect(count(html, "<h2>")).toBe(5);
    // Only the cluster's title is bold.
    expect(count(html, "<strong>")).toBe(1);
    expect(html).toContain("<strong>Quick wins</strong> (5 votes)");
    // p1, its cluster's notes, p2, p4, the inbox: no list nested in a note.
    expect(count(html, "<ul>")).toBe(5);
    for (const tag of ["<em>St", "<a ", "<code>", "<b>", "<table", "<ol", "<hr", "<h3", "<h4"]) {
      expect(html).not.toContain(tag);
    }
    expect(html).toContain(
      "Use *stars* and _underscores_ # hash [link](x) &lt;b&gt;bold&lt;/b&gt; `code` | pipe ~tilde \\ slash",
    );
    expect(html).toContain(">- starts with a dash</");
    expect(html).toContain(">1. starts with a number</");
    expect(html).toContain("Priority two -\n• looks like a bullet");
    expect(html).toContain("&amp;amp; is not &amp;#80; &amp; stays");
    expect(html).toContain("Literal (3 votes) in the text (2 votes)");
  });
});
