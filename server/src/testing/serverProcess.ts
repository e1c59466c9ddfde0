import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type ServerProcess = {
  port: number;
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Every line the server logged, for assertions on logs. */
  logs: string[];
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

export function tempDataDir(prefix = "roundtable-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts the real server (TypeScript sources through tsx) on a free port. */
export function spawnServer(options: { dataDir?: string; env?: Record<string, string> } = {}) {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  let buffered = "";
  const exited = new Promise<number | null>((resolve) =>
    // "close", not "exit": by then every line the server wrote has been read.
    child.once("close", (code) => resolve(code)),
  );

  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${logs.join("\n")}`)),
      30_000,
    );
    child.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        logs.push(line);
        const port = listeningPort(line);
        if (port !== undefined) {
          clearTimeout(timer);
          resolve({
            port,
            url: `http://127.0.0.1:${port}`,
            dataDir,
            child,
            logs,
            stop: (signal = "SIGTERM") => {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal);
              return exited;
            },
          });
        }
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${logs.join("\n")}`));
    });
  });
}

/** The port in the server's "running" log line, if `line` is that line. */
export function listeningPort(line: string): number | undefined {
  try {
    const entry = JSON.parse(line) as { port?: unknown; urls?: unknown };
    return typeof entry.port === "number" && Array.isArray(entry.urls) ? entry.port : undefined;
  } catch {
    return undefined;
  }
}
