import { datedFileName, slugify } from "../export/fileName";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import type { MeetingSnapshot } from "./combine";

/**
 * E.g. "alma-visit-all-groups-2026-11-22.md": the meeting's title and the export's date, the
 * words in `language` ("alma-visit-todos-los-grupos-2026-11-22.md").
 */
export function meetingExportFileName(
  snapshot: MeetingSnapshot,
  format: "json" | "md" | "csv",
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = sharedWords(language);
  const slug = slugify(snapshot.meeting.title) || slugify(t("export.meetingFile"));
  return datedFileName(
    `${slug}-${slugify(t("export.allGroupsFile"))}`,
    snapshot.meeting.exportedAt,
    format,
  );
}
