import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BoardPage } from "./BoardPage";
import { JoinCodePage } from "./JoinCodePage";
import { MeetingPage } from "./MeetingPage";
import { PrintPage } from "./PrintPage";
import { routeFor } from "./routes";
import { SnapshotPage } from "./SnapshotPage";
import { ViewPage } from "./ViewPage";
import "./styles.css";
import "./board/board.css";
import "./board/clusters.css";
import "./board/facilitation.css";
// Last: the layouts for narrow screens override the ones above.
import "./board/narrow.css";

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
      <Page />
    </StrictMode>,
  );
}

// The app shell is kept by a service worker, so a board opens again after a reload offline.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
}
