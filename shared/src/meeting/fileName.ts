import { datedFileName, type FileFormat, formatParts, slugify } from "../export/fileName";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import type { MeetingSnapshot } from "./combine";

/**
 * E.g. "alma-visit-all-groups-2026-11-22.md": the meeting's title and the export's date, the
 * words in `language` ("alma-visit-todos-los-grupos-2026-11-22.md"); the next steps' CSV is
 * "alma-visit-all-groups-next-steps-2026-11-22.csv".
 */
export function meetingExportFileName(
  snapshot: MeetingSnapshot,
  format: FileFormat,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = sharedWords(language);
  const slug = slugify(snapshot.meeting.title) || slugify(t("export.meetingFile"));
  const { suffix, extension } = formatParts(format, t);
  return datedFileName(
    `${slug}-${slugify(t("export.allGroupsFile"))}${suffix}`,
    snapshot.meeting.exportedAt,
    extension,
  );
}
