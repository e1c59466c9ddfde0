import { fileNameFor, saveUrl } from "../state/download";

/** Set on the board while its picture is taken: lanes grow to their full height. */
const TAKING_PICTURE = "taking-picture";

/** Where the board's lanes stand on the page. */
export function lanesElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>(".board .lanes");
}

/**
 * Controls are for working on the board, not for the record: buttons (handles, "Add note",
 * votes), colour menus and who is editing what are left out of the picture.
 */
export function keepInPicture(node: HTMLElement): boolean {
  if (!(node instanceof HTMLElement)) return true;
  if (node.tagName === "BUTTON" || node.tagName === "SELECT") return false;
  // A note's bar holds only controls and who is editing it.
  return !["note-bar", "note-presence", "my-dots"].some((name) => node.classList.contains(name));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * A PNG of every lane at its full height, not only the part on screen: for a moment the lanes
 * are laid out without their scroll boxes, drawn, and put back. Returns the file's name.
 */
export async function downloadBoardPicture(title: string): Promise<string> {
  const lanes = lanesElement();
  const board = lanes?.closest<HTMLElement>(".board");
  if (!lanes || !board) throw new Error("The board is not on screen.");
  board.classList.add(TAKING_PICTURE);
  try {
    // Loaded on first use: most people never take a picture.
    const [{ toPng }] = await Promise.all([import("html-to-image"), nextFrame()]);
    const url = await toPng(lanes, {
      width: lanes.scrollWidth,
      height: lanes.scrollHeight,
      backgroundColor: getComputedStyle(document.documentElement).backgroundColor || "#f6f5f1",
      // System fonts only: nothing to embed, and no style sheet to fetch again.
      skipFonts: true,
      filter: keepInPicture,
    });
    const name = fileNameFor(title || "Untitled board", "png");
    saveUrl(url, name);
    return name;
  } finally {
    board.classList.remove(TAKING_PICTURE);
  }
}
