import { describe, expect, it } from "vitest";
import { MEETING_NOTES, MEETING_NOTES_SKIPPED } from "./fixtures/meetingNotes";
import { DEFAULT_LANE_TITLES } from "./laneHeadings";
import { parseMeetingNotes } from "./meetingNotes";
import type { ImportPlan } from "./plan";

function plan(
  text: string,
  titles: Readonly<Record<string, string>> = DEFAULT_LANE_TITLES,
): ImportPlan {
  const result = parseMeetingNotes(text, titles);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const texts = (p: ImportPlan, lane: string) =>
  p.lanes.find((l) => l.lane === lane)?.notes.map((n) => n.text);

describe("parseMeetingNotes on a roundtable's notes", () => {
  const notes = plan(MEETING_NOTES);

  it("takes the first line as the title", () => {
    expect(notes.title).toBe("March 2019 Studio Roundtable Notes");
  });

  it("puts bullets before any priority in the inbox and the rest under their priority", () => {
    expect(notes.lanes.map((l) => l.lane)).toEqual(["inbox", "p1", "p2", "p3", "p4"]);
    expect(texts(notes, "inbox")).toEqual([
      "Renaming “lessons learned” to “what we’d repeat”",
      "Sharing the minutes within a week",
    ]);
    expect(texts(notes, "p1")).toEqual([
      "Fix the booking system before the spring term",
      "Publish the studio’s rules – in plain language",
    ]);
    expect(texts(notes, "p2")).toEqual([
      "Mentoring pairs for new members",
      "A shared calendar\nthat everyone can edit",
    ]);
    expect(notes.lanes[3]?.notes).toEqual([{ text: "Quarterly open studio", priorVotes: 3 }]);
    expect(texts(notes, "p4")).toEqual([
      "Look into a second kiln",
      "Ask the council about the lease",
    ]);
    expect(notes.lanes.every((l) => l.title === undefined && l.clusters.length === 0)).toBe(true);
  });

  it("lists the prose it skipped, timeline lines included, with their line numbers", () => {
    expect(notes.skipped.map((s) => s.line)).toEqual(MEETING_NOTES_SKIPPED);
    const lines = MEETING_NOTES.split("\n");
    for (const { line, text } of notes.skipped) expect(text).toBe(lines[line - 1]?.trim());
    expect(notes.skipped[3]?.text).toBe(
      "April - steering group drafts the new charter for comment",
    );
    expect(notes.skipped.at(-1)?.text).toBe("Studio dept");
  });
});

describe("parseMeetingNotes headings and bullets", () => {
  it("knows colons, Markdown headings, digits and the lanes' current titles", () => {
    const text = [
      "* loose",
      "Priority two:",
      "1. numbered",
      "## priority THREE",
      "- dashed",
      "# Next steps -",
      "+ plus",
      "PRIORITY 1",
      "•tight bullet",
    ].join("\r\n");
    const p = plan(text, { ...DEFAULT_LANE_TITLES, p4: "Next steps" });
    expect(p.title).toBeNull();
    expect(p.lanes.map((l) => [l.lane, l.notes.map((n) => n.text)])).toEqual([
      ["inbox", ["loose"]],
      ["p2", ["numbered"]],
      ["p3", ["dashed"]],
      ["p4", ["plus"]],
      ["p1", ["tight bullet"]],
    ]);
    expect(p.lanes[3]).toMatchObject({ title: "Next steps", subtitle: "" });
  });

  it("reads clusters, escapes, vote counts and a lane's id from the export's comment", () => {
    const text = [
      "# My \\*board\\*",
      "## Anything at all",
      "<!-- lane: p2 -->",
      "",
      "_Do \\_next\\__",
      "",
      "- Literal \\(3 votes\\) (2 votes)",
      "### Quick \\#1 (5 votes)",
      "- a &#8226; b &#x1F3A8;",
      "  &#80;riority one",
      "## Unknown",
      "<!-- lane: nope -->",
      "- after",
    ].join("\n");
    const p = plan(text);
    expect(p.title).toBe("My *board*");
    expect(p.lanes).toEqual([
      {
        lane: "p2",
        title: "Anything at all",
        subtitle: "Do _next_",
        notes: [{ text: "Literal (3 votes)", priorVotes: 2 }],
        clusters: [
          { title: "Quick #1", priorVotes: 5, notes: [{ text: "a • b 🎨\nPriority one" }] },
        ],
      },
      // "## Unknown" names no lane, so what follows is under no priority.
      { lane: "inbox", notes: [{ text: "after" }], clusters: [] },
    ]);
    expect(p.skipped).toEqual([
      { line: 11, text: "## Unknown" },
      { line: 12, text: "<!-- lane: nope -->" },
    ]);
  });

  it("reads a bold bullet as a cluster holding the bullets nested under it", () => {
    const read = plan(
      [
        "## Priority one",
        "",
        "- **Quick wins \\*now\\*** (5 votes)",
        "  - Fix the doors (3 votes)",
        "  - A note of",
        "    two lines",
        "- A loose note after the cluster",
        "- **Empty**",
        "## Someday, maybe",
        "- Parked",
      ].join("\n"),
      { ...DEFAULT_LANE_TITLES, p4: "Someday, maybe" },
    );
    const p1 = read.lanes.find((l) => l.lane === "p1");
    expect(p1?.clusters).toEqual([
      {
        title: "Quick wins *now*",
        priorVotes: 5,
        notes: [{ text: "Fix the doors", priorVotes: 3 }, { text: "A note of\ntwo lines" }],
      },
      { title: "Empty", priorVotes: null, notes: [] },
    ]);
    expect(p1?.notes).toEqual([{ text: "A loose note after the cluster" }]);
    expect(texts(read, "p4")).toEqual(["Parked"]);
  });

  it("reads lines with long runs of spaces in linear time", () => {
    const run = " ".repeat(200_000);
    const lines = [`# a${run}#x`, `## b${run}-x`, `Priority one${run}x`, `- a${run}(3 votes)x`];
    const start = Date.now();
    const result = parseMeetingNotes(lines.join("\n"), DEFAULT_LANE_TITLES);
    const cluster = parseMeetingNotes(`### c${run}x (2 votes)`, DEFAULT_LANE_TITLES);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, line: 4 });
    expect(cluster).toMatchObject({ ok: false, line: 1 });
  });

  it("fails on a note over 2000 characters, naming its line", () => {
    const text = `Title\n\nPriority one -\n  • fine\n  • ${"x".repeat(1990)}\n    ${"y".repeat(20)}\n`;
    const result = parseMeetingNotes(text, DEFAULT_LANE_TITLES);
    expect(result).toEqual({
      ok: false,
      line: 5,
      message: "Line 5: the note is longer than 2000 characters (2011)",
    });
  });
});

describe("parseMeetingNotes on notes written in Spanish", () => {
  const notes = plan(
    [
      "Mesa redonda de artes, mayo",
      "## Sin ordenar",
      "- ¿Dónde están los padres?",
      "Prioridad uno -",
      "* Más arte en cada escuela",
      "## Prioridad tres",
      "- Voz de las familias en el plan",
    ].join("\n"),
  );

  it("puts each bullet under the priority or inbox its Spanish heading names", () => {
    expect(notes.lanes.map((l) => l.lane)).toEqual(["inbox", "p1", "p3"]);
    expect(texts(notes, "inbox")).toEqual(["¿Dónde están los padres?"]);
    expect(texts(notes, "p1")).toEqual(["Más arte en cada escuela"]);
    expect(texts(notes, "p3")).toEqual(["Voz de las familias en el plan"]);
  });
});
