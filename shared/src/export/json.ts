import type { Snapshot } from "../snapshot";

/** Any export as pretty JSON (two spaces, trailing newline): readable and diffable. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The snapshot as pretty JSON. */
export function snapshotToJson(snapshot: Snapshot): string {
  return prettyJson(snapshot);
}
