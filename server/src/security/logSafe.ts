import { createHash } from "node:crypto";

/**
 * Board ids, view tokens, snapshot and meeting ids and join codes are capabilities: whoever
 * reads one in a log could open the board. Logs name them by a short hash instead, enough to
 * follow one board through a log without being able to open it.
 */
export function shortHash(text: string): string {
  return `#${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
}

/** The fixed words of the API's and the client's paths; every other segment may be a capability. */
const PATH_WORDS: ReadonlySet<string> = new Set([
  "",
  "api",
  "assets",
  "b",
  "boards",
  "control",
  "export",
  "healthz",
  "import",
  "j",
  "join",
  "m",
  "meetings",
  "participants",
  "print",
  "restore",
  "s",
  "snapshots",
  "template",
  "time",
  "v",
  "view",
  "votes",
  "ws",
]);

/** A built file's name (`/assets/index-1a2b3c.js`, `/sw.js`); ids and codes have no dot. */
const FILE_NAME = /^[\w-]+(\.[\w-]+)*\.[a-z0-9]{1,12}$/i;

/**
 * A request path or room name as logs may show it: the fixed words kept, every other segment
 * replaced by its short hash (`/api/boards/#1a2b3c4d/export`, `#1a2b3c4d/control`).
 */
export function logSafePath(path: string): string {
  const isApi = path.startsWith("/api/");
  return path
    .split("/")
    .map((segment) =>
      PATH_WORDS.has(segment) || (!isApi && FILE_NAME.test(segment)) ? segment : shortHash(segment),
    )
    .join("/");
}
