import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { BoardPreview } from "./BoardPreview";
import "./styles.css";

const boardId = window.location.pathname.match(/^\/b\/([A-Za-z0-9_-]{8,64})$/)?.[1];
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>{boardId ? <BoardPreview boardId={boardId} /> : <App />}</StrictMode>,
  );
}
