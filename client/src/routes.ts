/** The pages of the app, from the address's path. */
export type Route =
  | { page: "start" }
  | { page: "board"; boardId: string }
  | { page: "boardPrint"; boardId: string }
  | { page: "view"; viewToken: string }
  | { page: "viewPrint"; viewToken: string }
  | { page: "snapshot"; snapshotId: string }
  | { page: "snapshotPrint"; snapshotId: string }
  | { page: "meeting"; meetingId: string }
  | { page: "join"; code: string };

const ID = "([A-Za-z0-9_-]{8,64})";

/** A board's page (its join and facilitator links). */
export const BOARD_PATH = new RegExp(`^/b/${ID}/?$`);
/** A board's view link. */
export const VIEW_PATH = /^\/v\/([A-Za-z0-9_-]{8,128})\/?$/;

const PATTERNS: readonly [RegExp, (id: string) => Route][] = [
  [BOARD_PATH, (boardId) => ({ page: "board", boardId })],
  [new RegExp(`^/b/${ID}/print/?$`), (boardId) => ({ page: "boardPrint", boardId })],
  [VIEW_PATH, (viewToken) => ({ page: "view", viewToken })],
  [/^\/v\/([A-Za-z0-9_-]{8,128})\/print\/?$/, (viewToken) => ({ page: "viewPrint", viewToken })],
  [new RegExp(`^/s/${ID}/?$`), (snapshotId) => ({ page: "snapshot", snapshotId })],
  [new RegExp(`^/s/${ID}/print/?$`), (snapshotId) => ({ page: "snapshotPrint", snapshotId })],
  [new RegExp(`^/m/${ID}/?$`), (meetingId) => ({ page: "meeting", meetingId })],
  // Whatever was typed after /j/: the server reads codes loosely and says when one is wrong.
  [/^\/j\/([^/]{1,40})\/?$/, (code) => ({ page: "join", code: safeDecode(code) })],
];

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The page for `path`; anything unknown is the start page. */
export function routeFor(path: string): Route {
  for (const [pattern, route] of PATTERNS) {
    const id = pattern.exec(path)?.[1];
    if (id) return route(id);
  }
  return { page: "start" };
}
