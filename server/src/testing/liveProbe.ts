import { addNote, notesMap } from "@roundtable/shared";
import type { TestClient } from "./clients";

export type ProbeFigures = {
  /** Milliseconds from a note's write at one client to its arrival at the other, sorted. */
  edits: number[];
  /** Milliseconds each `GET /healthz` took, sorted. */
  health: number[];
  /** Notes written that never arrived. */
  lost: number;
};

/** The `q` quantile of sorted figures (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * What a person on a board feels: every `everyMs` the writer adds a note and the time until the
 * reader has it is measured, and `/healthz` is asked and timed, for `durationMs`; then it waits
 * up to `settleMs` for the last notes.
 */
export async function probeLiveness(
  serverUrl: string,
  writer: TestClient,
  reader: TestClient,
  {
    durationMs,
    everyMs = 50,
    settleMs = 5000,
  }: { durationMs: number; everyMs?: number; settleMs?: number },
): Promise<ProbeFigures> {
  const writtenAt = new Map<string, number>();
  const edits: number[] = [];
  const notes = notesMap(reader.doc);
  const arrived = () => {
    for (const [id, at] of writtenAt) {
      if (notes.has(id)) {
        edits.push(performance.now() - at);
        writtenAt.delete(id);
      }
    }
  };
  notes.observe(arrived);
  const health: number[] = [];
  let asking = false;
  const askHealth = async () => {
    if (asking) return;
    asking = true;
    const started = performance.now();
    try {
      await (await fetch(`${serverUrl}/healthz`)).text();
      health.push(performance.now() - started);
    } finally {
      asking = false;
    }
  };
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < durationMs) {
    const id = addNote(writer.doc, { lane: "inbox", text: `probe ${count++}` });
    writtenAt.set(id, performance.now());
    if (count % 2 === 0) void askHealth();
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  const settled = performance.now();
  while (writtenAt.size > 0 && performance.now() - settled < settleMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  notes.unobserve(arrived);
  return {
    edits: edits.sort((a, b) => a - b),
    health: health.sort((a, b) => a - b),
    lost: writtenAt.size,
  };
}
