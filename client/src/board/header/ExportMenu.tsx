import { useTranslation } from "react-i18next";
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

/** The hint's key: only the facilitator's files carry totals the room does not see yet. */
function hintFor(
  boardId: string | null,
  facilitatorKey: string | null,
): "export.hintRevealed" | "export.hintFacilitator" {
  return boardId && facilitatorKey ? "export.hintFacilitator" : "export.hintRevealed";
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
  const { t } = useTranslation("header");
  const fileUrl = (format: ExportFormat): string | null => {
    if (boardId) return boardExportUrl(boardId, format);
    return viewToken ? viewExportUrl(viewToken, format) : null;
  };
  return (
    <MenuButton label={t("export.label")} hint={t(hintFor(boardId, facilitatorKey))}>
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
              {t("export.printable")}
            </a>
          )}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => run(() => downloadBoardPicture(title))}
          >
            {t("export.picture")}
          </button>
        </>
      )}
    </MenuButton>
  );
}
