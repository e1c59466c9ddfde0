import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log into the database file from a worker thread. SQLite's
 * automatic checkpoint runs inside whichever write crosses the threshold and waits on the disk
 * (measured here: the slowest 0.1% of inserts took 5 ms instead of 0.6 ms), which would stall
 * every board's broadcasts; on its own thread and connection it stalls nothing.
 */
const workerSource = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch (error) { parentPort.postMessage(String(error)); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export type Checkpointer = { stop(): Promise<void> };

export function startCheckpointer(
  file: string,
  intervalMs: number,
  onError: (message: string) => void,
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, file, intervalMs } });
  worker.on("message", (message: string) => onError(message));
  worker.on("error", (error) => onError(error.message));
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once("exit", () => resolve());
        // Held again while stopping, or an otherwise idle process would exit before the close.
        worker.ref();
        worker.postMessage("stop");
      }),
  };
}
