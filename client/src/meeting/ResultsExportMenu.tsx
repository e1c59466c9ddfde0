import { useState } from "react";
import { useTranslation } from "react-i18next";
import { meetingExportUrl } from "../state/meetings";
import { FileItems } from "../ui/ExportFileItems";
import { MenuButton } from "../ui/MenuButton";

/** Every group's notes in one file, as Markdown, a spreadsheet or JSON. */
export function ResultsExportMenu({
  meetingId,
  facilitatorKey,
}: {
  meetingId: string;
  facilitatorKey: string;
}) {
  const { t } = useTranslation("meeting");
  const [merge, setMerge] = useState(false);
  return (
    <MenuButton label={t("results.export")} hint={t("results.hint")}>
      {(run) => (
        <>
          <FileItems
            urlFor={(format) => meetingExportUrl(meetingId, format, merge)}
            facilitatorKey={facilitatorKey}
            run={run}
          />
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={merge}
            tabIndex={-1}
            className="menu-check"
            onClick={() => setMerge(!merge)}
          >
            <span className="toggle-mark" aria-hidden="true" />
            {t("results.mergeClusters")}
          </button>
        </>
      )}
    </MenuButton>
  );
}
