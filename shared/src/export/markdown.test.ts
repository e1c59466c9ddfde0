import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
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
  it("reads as minutes: title, date, a heading per lane, loose notes before clusters", () => {
    const lines = markdown().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# Arts Leadership Roundtable",
      "",
      "_Exported 2026-11-22 12:00 UTC_",
    ]);
    const p1 = lines.indexOf("## Priority one");
    expect(lines.slice(p1, p1 + 5)).toEqual([
      "## Priority one",
      "",
      "_Do first_",
      "",
      "- \\- starts with a dash (0 votes)",
    ]);
    const cluster = lines.indexOf("### Quick wins (5 votes)");
    expect(cluster).toBeGreaterThan(lines.indexOf("- 1\\. starts with a number (0 votes)"));
    expect(lines.slice(cluster + 2, cluster + 4)).toEqual([
      "- Fix the doors (3 votes)",
      "- Paint 🎨 the hall — “now”, isn’t it? (1 vote)",
    ]);
  });

  it("keeps empty lanes and marks only a renamed lane with its id", () => {
    const text = markdown();
    expect(text).toContain(
      "## Priority three\n\n_Later_\n\n## Someday, maybe\n<!-- lane: p4 -->\n",
    );
    expect(count(text, "<!-- lane:")).toBe(1);
    expect(text.endsWith("(0 votes)\n")).toBe(true);
  });

  it("writes no counts while votes are hidden", () => {
    const text = markdown(null);
    expect(text).not.toMatch(/[^\\]\(\d+ votes?\)/);
    expect(text).toContain("### Quick wins\n");
    expect(text).toContain("- Literal \\(3 votes\\) in the text\n");
  });

  it("writes a note's further lines indented, and escapes lines that would read as structure", () => {
    const text = markdown();
    expect(text).toContain(
      "- Line one\n  &#80;riority two -\n  &#8226; looks like a bullet\n\n    indented after a blank (0 votes)\n",
    );
    expect(text).toContain('- \\=HYPERLINK\\("http://x"\\)\n  second line (0 votes)\n');
  });

  it("renders every note as plain text: no markup, links, HTML or extra structure", () => {
    const html = render(markdown());
    expect(count(html, "<h1>")).toBe(1);
    expect(count(html, "<h2>")).toBe(5);
    expect(count(html, "<h3>")).toBe(1);
    // Inbox, p1 loose, Quick wins, p2, p4: no list nested in a note.
    expect(count(html, "<ul>")).toBe(5);
    for (const tag of [
      "<em>St",
      "<strong>",
      "<a ",
      "<code>",
      "<b>",
      "<table",
      "<ol",
      "<hr",
      "<h4",
    ]) {
      expect(html).not.toContain(tag);
    }
    expect(html).toContain(
      "Use *stars* and _underscores_ # hash [link](x) &lt;b&gt;bold&lt;/b&gt; `code` | pipe ~tilde \\ slash (0 votes)",
    );
    expect(html).toContain("<p>- starts with a dash (0 votes)</p>");
    expect(html).toContain("<p>1. starts with a number (0 votes)</p>");
    expect(html).toContain("Priority two -\n• looks like a bullet");
    expect(html).toContain("&amp;amp; is not &amp;#80; &amp; stays");
    expect(html).toContain("Literal (3 votes) in the text (2 votes)");
    // Browsers hide the lane's id: it reaches the page only as an HTML comment.
    expect(html).toContain("<h2>Someday, maybe</h2>\n<!-- lane: p4 -->\n");
  });
});
