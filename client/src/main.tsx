import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BoardPage } from "./BoardPage";
import "./styles.css";
import "./board/board.css";

const boardId = window.location.pathname.match(/^\/b\/([A-Za-z0-9_-]{8,64})$/)?.[1];
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>{boardId ? <BoardPage boardId={boardId} /> : <App />}</StrictMode>,
  );
}

// The app shell is kept by a service worker, so a board opens again after a reload offline.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
}
