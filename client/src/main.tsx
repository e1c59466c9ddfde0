import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OpeningPage } from "./pageParts";
import { routeFor } from "./routes";
import "./styles.css";
import "./board/board.css";
import "./board/clusters.css";
import "./board/facilitation.css";
// Last: the layouts for narrow screens override the ones above.
import "./board/narrow.css";

// Each page is a chunk of its own, so the start page downloads none of the board's code and
// the view link none of the facilitator's or the meeting page's.
const BoardPage = lazy(() => import("./BoardPage").then((m) => ({ default: m.BoardPage })));
const ViewPage = lazy(() => import("./ViewPage").then((m) => ({ default: m.ViewPage })));
const PrintPage = lazy(() => import("./PrintPage").then((m) => ({ default: m.PrintPage })));
const SnapshotPage = lazy(() =>
  import("./SnapshotPage").then((m) => ({ default: m.SnapshotPage })),
);
const MeetingPage = lazy(() => import("./MeetingPage").then((m) => ({ default: m.MeetingPage })));
const JoinCodePage = lazy(() =>
  import("./JoinCodePage").then((m) => ({ default: m.JoinCodePage })),
);

const route = routeFor(window.location.pathname);

function Page() {
  switch (route.page) {
    case "board":
      return <BoardPage boardId={route.boardId} />;
    case "boardPrint":
      return <PrintPage source={{ kind: "board", boardId: route.boardId }} />;
    case "view":
      return <ViewPage viewToken={route.viewToken} />;
    case "viewPrint":
      return <PrintPage source={{ kind: "view", viewToken: route.viewToken }} />;
    case "snapshot":
      return <SnapshotPage snapshotId={route.snapshotId} />;
    case "snapshotPrint":
      return <PrintPage source={{ kind: "snapshot", snapshotId: route.snapshotId }} />;
    case "meeting":
      return <MeetingPage meetingId={route.meetingId} />;
    case "join":
      return <JoinCodePage code={route.code} />;
    case "start":
      return <App />;
  }
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<OpeningPage what="the page" />}>
        <Page />
      </Suspense>
    </StrictMode>,
  );
}

// The app shell is kept by a service worker (Workbox, built by vite-plugin-pwa), so a board
// opens again after a reload offline.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
}
