import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ExportMenu } from "./board/header/ExportMenu";
import { OpeningPage, ProblemPage, useLinkCheck } from "./pageParts";
import { RoomView } from "./room/RoomView";
import { useViewInvite } from "./state/boardInvite";
import { useBoardStore } from "./state/boardStore";
import { openViewSession } from "./state/openSession";

/** The room's screen through the view link: the way in, and the exports, nothing to edit. */
function ViewRoom({ viewToken }: { viewToken: string }) {
  const invite = useViewInvite(viewToken);
  const title = useBoardStore((s) => s.title);
  return (
    <RoomView
      invite={invite}
      actions={
        <ExportMenu boardId={null} viewToken={viewToken} title={title} facilitatorKey={null} />
      }
    />
  );
}

/** The read-only view of a board (`/v/:viewToken`): no name, no editing, live updates. */
export function ViewPage({ viewToken }: { viewToken: string }) {
  const { t } = useTranslation("common");
  const link = useLinkCheck(`/api/view/${encodeURIComponent(viewToken)}`);
  const loaded = useBoardStore((s) => s.loaded);

  useEffect(() => {
    if (link !== "exists") return;
    return openViewSession(viewToken);
  }, [viewToken, link]);

  if (link === "unknown") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {t("viewPage.missing")}
        </p>
      </ProblemPage>
    );
  }
  if (link === "unreachable") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {t("viewPage.unreachable")}
        </p>
      </ProblemPage>
    );
  }
  if (!loaded) return <OpeningPage />;
  return <ViewRoom viewToken={viewToken} />;
}
