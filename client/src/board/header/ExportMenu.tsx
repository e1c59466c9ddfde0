import { boardExportUrl, type ExportFormat, viewExportUrl } from "../../state/download";
import { FileItems } from "../../ui/ExportFileItems";
import { MenuButton } from "../../ui/MenuButton";
import { downloadBoardPicture } from "./boardPicture";

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
  return (
    <MenuButton label="Export" hint={hintFor(boardId, facilitatorKey)}>
      {(run, menu) => (
        <>
          {fileUrl("md") && (
            <FileItems
              urlFor={(format) => fileUrl(format) ?? ""}
              facilitatorKey={facilitatorKey}
              run={run}
            />
          )}
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
        </>
      )}
    </MenuButton>
  );
}
