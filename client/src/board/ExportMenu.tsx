import { useId, useState } from "react";
import {
  boardExportUrl,
  downloadExport,
  type ExportFormat,
  viewExportUrl,
} from "../state/download";
import { problemText } from "../state/http";
import { notify } from "../state/write";
import { downloadBoardPicture } from "./boardPicture";
import { useMenu } from "./useMenu";
import "./exports.css";

export const FILE_CHOICES: readonly { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown (.md)" },
  { format: "csv", label: "Spreadsheet (.csv)" },
  { format: "json", label: "JSON (.json)" },
];

type Props = {
  /** Null on a viewer's page, which never learns the board id: it exports through `viewToken`. */
  boardId: string | null;
  viewToken?: string | undefined;
  title: string;
  /** The facilitator's key: the files then carry vote totals still hidden from the room. */
  facilitatorKey: string | null;
};

function hintFor(boardId: string | null, facilitatorKey: string | null): string {
  if (!boardId) return "Files include vote totals once the facilitator reveals them.";
  if (facilitatorKey) {
    return "Your files include the vote totals, even while they are hidden from the room.";
  }
  return "Files include vote totals once the facilitator reveals them.";
}

/** The page that prints this board cleanly; it carries the key on, as the fragment. */
export function printUrl(boardId: string, facilitatorKey: string | null): string {
  const key = facilitatorKey ? `#key=${encodeURIComponent(facilitatorKey)}` : "";
  return `/b/${encodeURIComponent(boardId)}/print${key}`;
}

/**
 * "Export" in the board's header, for everyone: the board as Markdown minutes, a spreadsheet,
 * JSON, a printable page or a picture, at any moment of the meeting.
 */
export function ExportMenu({ boardId, viewToken, title, facilitatorKey }: Props) {
  const fileUrl = (format: ExportFormat): string | null => {
    if (boardId) return boardExportUrl(boardId, format);
    return viewToken ? viewExportUrl(viewToken, format) : null;
  };
  const menu = useMenu();
  const buttonId = useId();
  const hintId = useId();
  const [said, setSaid] = useState("");

  async function run(what: () => Promise<string>) {
    menu.hide(true);
    setSaid("Preparing the export…");
    try {
      setSaid(`Downloaded ${await what()}`);
    } catch (error) {
      setSaid("");
      notify(`The export did not work. ${problemText(error)}`);
    }
  }

  return (
    <div className="menu-anchor">
      <button
        ref={menu.buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menu.open ? menu.menuId : undefined}
        onClick={() => (menu.open ? menu.hide(false) : menu.show("first"))}
        onKeyDown={menu.onButtonKeyDown}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {menu.open && (
        <div ref={menu.menuRef} className={menu.alignEnd ? "menu-popup align-end" : "menu-popup"}>
          <div
            id={menu.menuId}
            role="menu"
            aria-labelledby={buttonId}
            aria-describedby={hintId}
            onKeyDown={menu.onMenuKeyDown}
          >
            {fileUrl("md") &&
              FILE_CHOICES.map(({ format, label }) => (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  onClick={() => run(() => downloadExport(fileUrl(format) ?? "", facilitatorKey))}
                >
                  {label}
                </button>
              ))}
            {(boardId || viewToken) && (
              <a
                role="menuitem"
                tabIndex={-1}
                href={
                  boardId
                    ? printUrl(boardId, facilitatorKey)
                    : `/v/${encodeURIComponent(viewToken ?? "")}/print`
                }
                target="_blank"
                rel="noopener"
                onClick={() => menu.hide(true)}
                onKeyDown={(event) => {
                  if (event.key === " ") {
                    event.preventDefault();
                    event.currentTarget.click();
                  }
                }}
              >
                Printable page
              </a>
            )}
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => run(() => downloadBoardPicture(title))}
            >
              Picture (.png)
            </button>
          </div>
          <p id={hintId} className="menu-hint">
            {hintFor(boardId, facilitatorKey)}
          </p>
        </div>
      )}
      <span className="visually-hidden" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
