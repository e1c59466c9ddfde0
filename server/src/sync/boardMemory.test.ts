import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sized } from "../testing/fullRun";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
// Case 19: 300 boards here, 5,000 with ROUNDTABLE_FULL=1.
const BOARDS = sized(300, 5_000);

describe(`${BOARDS} boards opened and closed (case 19)`, () => {
  it("give their memory back: the heap ends within 20% of its baseline", async () => {
    // A child process of its own, so that the collector can be forced and nothing else shares its heap.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--expose-gc", "--import", "tsx", "src/testing/boardMemoryProbe.ts", String(BOARDS)],
      { cwd: serverDir, maxBuffer: 16 * 1024 * 1024, timeout: 590_000 },
    );
    const line = stdout.trim().split("\n").pop() ?? "{}";
    const result = JSON.parse(line) as { baseline: number; after: number; ratio: number };
    expect(result.ratio, line).toBeLessThanOrEqual(1.2);
  }, 600_000);
});
