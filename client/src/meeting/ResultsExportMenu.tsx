import { useState } from "react";
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
  const [merge, setMerge] = useState(false);
  return (
    <MenuButton
      label="Export results"
      hint="One file with every group's notes by priority, vote totals included even while hidden."
    >
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
            Merge clusters with the same title
          </button>
        </>
      )}
    </MenuButton>
  );
}
