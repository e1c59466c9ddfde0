import { describe, expect, it } from "vitest";
import { combineMeeting, type MeetingSnapshot } from "./combine";
import { meetingExportFileName } from "./fileName";
import { sampleInput } from "./sampleMeeting";

const named = (title: string, exportedAt = "2026-11-22T12:00:00.000Z"): MeetingSnapshot => {
  const snapshot = combineMeeting(sampleInput(false));
  return { ...snapshot, meeting: { ...snapshot.meeting, title, exportedAt } };
};

describe("meetingExportFileName", () => {
  it("joins the meeting's title, 'all-groups' and the export date", () => {
    const snapshot = combineMeeting(sampleInput(true));
    expect(meetingExportFileName(snapshot, "md")).toBe("alma-visit-all-groups-2026-11-22.md");
    expect(meetingExportFileName(snapshot, "csv")).toBe("alma-visit-all-groups-2026-11-22.csv");
    expect(meetingExportFileName(snapshot, "json")).toBe("alma-visit-all-groups-2026-11-22.json");
  });

  it("is ASCII-safe whatever the title holds", () => {
    expect(meetingExportFileName(named('Café ☕ "../x"'), "md")).toBe(
      "cafe-x-all-groups-2026-11-22.md",
    );
    expect(meetingExportFileName(named("🎨", "not a time"), "json")).toBe(
      "meeting-all-groups.json",
    );
  });
});
