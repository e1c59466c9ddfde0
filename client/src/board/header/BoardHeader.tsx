import { useTranslation } from "react-i18next";
import { LanguageMenu } from "../../i18n/LanguageMenu";
import { SinceLastTimeButton } from "../../progress/SinceLastTimeButton";
import { redo, undo } from "../../state/actions";
import { useBoardStore } from "../../state/boardStore";
import { useFacilitatorKey } from "../../state/facilitatorKey";
import { currentSession } from "../../state/session";
import { setLargeText, useUiStore } from "../../state/uiStore";
import { usePermissions } from "../../state/useFacilitation";
import { StatusBadge } from "../../ui/StatusBadge";
import {
  FacilitatorPanel,
  ImportDialog,
  SnapshotsDialog,
} from "../facilitation/lazyFacilitatorTools";
import { startPresenting } from "../facilitation/Presenting";
import { ListViewToggle } from "../list/ListViewToggle";
import { NextSteps } from "../steps/NextSteps";
import { BoardTitle } from "./BoardTitle";
import { ChangeName } from "./ChangeName";
import { DeletedNotesDialog } from "./DeletedNotesDialog";
import { ExportMenu } from "./ExportMenu";
import { InviteToggle } from "./InvitePanel";
import { People } from "./People";

const MENU_ID = "board-menu";

export function BoardHeader({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const { t } = useTranslation("header");
  const title = useBoardStore((s) => s.title);
  const canUndo = useBoardStore((s) => s.canUndo);
  const canRedo = useBoardStore((s) => s.canRedo);
  const largeText = useUiStore((s) => s.largeText);
  const key = useFacilitatorKey((s) => s.key);
  // A viewer's page never learns the board id: it exports a picture only.
  const boardId = currentSession()?.boardId ?? null;
  // Undo and redo change the board, so they go wherever editing does (the lock, a viewer).
  const { edit, facilitate, takePart } = usePermissions();
  const menuOpen = useUiStore((s) => s.menuOpen);
  return (
    <header className={menuOpen ? "board-header menu-open" : "board-header"}>
      <div className="board-title">
        <BoardTitle />
        <StatusBadge />
      </div>
      {/* A narrow screen folds the people and the toolbar (the Language menu too) into this menu. */}
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={menuOpen}
        aria-controls={MENU_ID}
        onClick={() => useUiStore.setState({ menuOpen: !menuOpen })}
      >
        {t("toolbar.menu")}
      </button>
      <div id={MENU_ID} className="header-menu">
        <People />
        <div className="toolbar">
          {edit && (
            <>
              <button
                type="button"
                onClick={undo}
                disabled={!canUndo}
                title={t("toolbar.undoTitle")}
              >
                {t("toolbar.undo")}
              </button>
              <button
                type="button"
                onClick={redo}
                disabled={!canRedo}
                title={t("toolbar.redoTitle")}
              >
                {t("toolbar.redo")}
              </button>
            </>
          )}
          <button type="button" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
            {t("toolbar.largeText")}
          </button>
          <ListViewToggle />
          <ExportMenu
            boardId={boardId}
            viewToken={currentSession()?.viewToken}
            title={title}
            facilitatorKey={key}
          />
          {boardId && facilitate && key && <ImportDialog boardId={boardId} facilitatorKey={key} />}
          {boardId && takePart && <SnapshotsDialog boardId={boardId} facilitatorKey={key} />}
          {boardId && takePart && <DeletedNotesDialog />}
          <NextSteps />
          <SinceLastTimeButton boardId={boardId} />
          {facilitate && <FacilitatorPanel />}
          {facilitate && (
            <button type="button" onClick={startPresenting}>
              {t("toolbar.present")}
            </button>
          )}
          {takePart && <ChangeName />}
          {takePart && <InviteToggle facilitatorUrl={facilitatorUrl} />}
          <LanguageMenu />
        </div>
      </div>
    </header>
  );
}
