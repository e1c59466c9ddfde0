import type { Snapshot } from "../snapshot";

/** The snapshot as pretty JSON (two spaces, trailing newline): readable and diffable. */
export function snapshotToJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
