import { describe, expect, it } from "vitest";
import { snapshotToMarkdown } from "../export/markdown";
import { SAMPLE_NAMES, SAMPLE_TIME, sampleBoard } from "../export/sampleBoard";
import { DEFAULT_LANE_TITLES } from "../import/laneHeadings";
import { parseMeetingNotes } from "../import/meetingNotes";
import { type Snapshot, snapshotBoard } from "../snapshot";
import type { Progress } from "./progress";

const PROGRESS: Progress = {
  continues: { id: "may", title: "Arts roundtable, May" },
  steps: {
    done: [{ id: "s1", text: "Call the museum", owner: "Fay", due: "2026-06-01" }],
    open: [],
    overdue: [{ id: "s2", text: "Draft the survey", owner: "", due: "2026-05-01" }],
  },
  priorities: {
    new: [{ text: "Arts on the dashboard", lane: "Priority two" }],
    moved: [
      { text: "Parents for LCAP", from: "Priority four", to: "Priority one", direction: "up" },
    ],
    dropped: [],
  },
  votes: [],
  series: [
    {
      id: "may",
      title: "Arts roundtable, May",
      createdAt: "2026-05-17T16:00:00.000Z",
      notes: 6,
      steps: { done: 0, open: 2, overdue: 0 },
      lanes: [],
    },
    {
      id: "june",
      title: "Arts | June",
      createdAt: "2026-06-14T16:00:00.000Z",
      notes: 7,
      steps: { done: 1, open: 0, overdue: 1 },
      lanes: [],
    },
  ],
};

function board(withProgress: boolean): Snapshot {
  const snapshot = snapshotBoard(sampleBoard(), {
    boardId: "b",
    totals: null,
    names: SAMPLE_NAMES,
    now: SAMPLE_TIME,
  });
  return withProgress ? { ...snapshot, sinceLastTime: PROGRESS } : snapshot;
}

describe("the Markdown's Since last time section", () => {
  it("lists the steps, the priorities and the series after the lanes", () => {
    const md = snapshotToMarkdown(board(true));
    const section = md.slice(md.indexOf("## Since last time"));
    expect(section).toContain("_Compared with Arts roundtable, May_");
    expect(section).toContain("**Next steps done since**\n\n- Call the museum — Fay (2026-06-01)");
    expect(section).toContain("**Next steps overdue**\n\n- Draft the survey (2026-05-01)");
    expect(section).toContain("**Moved up**\n\n- Parents for LCAP: Priority four → Priority one");
    expect(section).toContain("**Dropped**\n\n- none");
    expect(section).toContain("| 2026-06-14 | Arts \\| June | 7 | 1 | 0 | 1 |");
  });

  it("is left out for a board that continues none", () => {
    expect(snapshotToMarkdown(board(false))).not.toContain("Since last time");
  });

  it("is passed over by the import: the same notes as without it", () => {
    const plain = parseMeetingNotes(snapshotToMarkdown(board(false)), DEFAULT_LANE_TITLES);
    const withSection = parseMeetingNotes(snapshotToMarkdown(board(true)), DEFAULT_LANE_TITLES);
    expect(withSection).toEqual(plain);
  });
});
