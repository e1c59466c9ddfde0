import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BoardPage } from "./BoardPage";
import { ViewPage } from "./ViewPage";
import "./styles.css";
import "./board/board.css";
import "./board/clusters.css";
import "./board/facilitation.css";

const path = window.location.pathname;
const boardId = path.match(/^\/b\/([A-Za-z0-9_-]{8,64})$/)?.[1];
const viewToken = path.match(/^\/v\/([A-Za-z0-9_-]{8,128})$/)?.[1];

function Page() {
  if (boardId) return <BoardPage boardId={boardId} />;
  if (viewToken) return <ViewPage viewToken={viewToken} />;
  return <App />;
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
