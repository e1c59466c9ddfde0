import "./i18n/i18n";
import { type ReactElement, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { App } from "./App";
import { checkLink, ProblemPage } from "./pageParts";
import { type Route, routeFor } from "./routes";
import "./styles.css";
import "./board/board.css";
import "./board/clusters.css";
import "./board/facilitation.css";
// Last: the layouts for narrow screens override the ones above.
import "./board/narrow.css";

// Each page is a chunk of its own, so the start page downloads none of the board's code and
// the view link none of the facilitator's or the meeting page's. The page's chunk is loaded
// before the first render rather than behind Suspense: React holds a suspended page back for
// up to 300 ms after its code arrives, which was a third of a board's first render.
async function pageFor(route: Route): Promise<ReactElement> {
  switch (route.page) {
    case "board": {
      // Whether the board exists is asked while its page's code arrives, not after.
      const linkCheck = checkLink(`/api/boards/${encodeURIComponent(route.boardId)}`);
      const { BoardPage } = await import("./BoardPage");
      return <BoardPage boardId={route.boardId} linkCheck={linkCheck} />;
    }
    case "boardPrint": {
      const { PrintPage } = await import("./PrintPage");
      return <PrintPage source={{ kind: "board", boardId: route.boardId }} />;
    }
    case "view": {
      const { ViewPage } = await import("./ViewPage");
      return <ViewPage viewToken={route.viewToken} />;
    }
    case "viewPrint": {
      const { PrintPage } = await import("./PrintPage");
      return <PrintPage source={{ kind: "view", viewToken: route.viewToken }} />;
    }
    case "snapshot": {
      const { SnapshotPage } = await import("./SnapshotPage");
      return <SnapshotPage snapshotId={route.snapshotId} />;
    }
    case "snapshotPrint": {
      const { PrintPage } = await import("./PrintPage");
      return <PrintPage source={{ kind: "snapshot", snapshotId: route.snapshotId }} />;
    }
    case "meeting": {
      const { MeetingPage } = await import("./MeetingPage");
      return <MeetingPage meetingId={route.meetingId} />;
    }
    case "join": {
      const { JoinCodePage } = await import("./JoinCodePage");
      return <JoinCodePage code={route.code} />;
    }
    case "start":
      return <App />;
  }
}

/** When the page's code cannot be fetched (offline on a first visit, or a server restarting). */
function CodeMissing() {
  const { t } = useTranslation("common");
  return (
    <ProblemPage>
      <p role="alert" className="error">
        {t("page.codeMissing")}
      </p>
    </ProblemPage>
  );
}

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  pageFor(routeFor(window.location.pathname)).then(
    (page) => root.render(<StrictMode>{page}</StrictMode>),
    () => root.render(<CodeMissing />),
  );
}

// The app shell is kept by a service worker (Workbox, built by vite-plugin-pwa), so a board
// opens again after a reload offline. It installs once the page has settled: its precache
// downloads every file of the app, and on a first visit that held up the board's first paint.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const register = () => void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  const whenIdle = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(register, { timeout: 3000 })
      : setTimeout(register, 0);
  const afterLoad = () => setTimeout(whenIdle, 1500);
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
}
