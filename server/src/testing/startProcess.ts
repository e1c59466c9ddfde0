import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listeningPort, tempDataDir } from "./serverProcess";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export type StartedProcess = {
  port: number;
  url: string;
  dataDir: string;
  child: ChildProcess;
  logs: string[];
  /** Exit code (null when killed by a signal) and how long after `since` it came. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
};

/** Throws unless `pnpm build` has been run: `pnpm start` would otherwise build first. */
export function requireBuild(): void {
  for (const file of ["server/dist/index.js", "client/dist/index.html"]) {
    if (!fs.existsSync(path.join(root, file))) {
      throw new Error(`${file} is missing: run \`pnpm build\` before these tests`);
    }
  }
}

/**
 * `pnpm start` as an operator runs it (`node scripts/start.mjs`, what the script runs), in its
 * own process group so that a test can signal the whole group as a terminal or a supervisor
 * does. Loopback only, a free port unless one is given.
 */
export function spawnStart(
  options: {
    dataDir?: string;
    port?: number;
    env?: Record<string, string>;
    /** `pnpm start` itself rather than the script it runs. */
    viaPnpm?: boolean;
  } = {},
): Promise<StartedProcess> {
  const dataDir = options.dataDir ?? tempDataDir("roundtable-start-");
  const [command, args] = options.viaPnpm
    ? ["pnpm", ["--silent", "start"]]
    : [process.execPath, ["scripts/start.mjs"]];
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) =>
      child.once("close", (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  let buffered = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started:\n${logs.join("\n")}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        logs.push(line);
        const port = listeningPort(line);
        if (port === undefined) continue;
        clearTimeout(timer);
        resolve({ port, url: `http://127.0.0.1:${port}`, dataDir, child, logs, exited });
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${logs.join("\n")}`));
    });
  });
}

/** Whether any process of the group `pgid` is still alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
