import { datedFileName, slugify } from "../export/fileName";
import type { MeetingSnapshot } from "./combine";

/** E.g. "alma-visit-all-groups-2026-11-22.md": the meeting's title and the export's date. */
export function meetingExportFileName(
  snapshot: MeetingSnapshot,
  format: "json" | "md" | "csv",
): string {
  const slug = slugify(snapshot.meeting.title) || "meeting";
  return datedFileName(`${slug}-all-groups`, snapshot.meeting.exportedAt, format);
}
