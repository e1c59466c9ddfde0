/** Starting and stopping the two servers under test: Roundtable and the y-websocket reference. */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { bundledEntry } from "./bundle";
import { sleep } from "./clock";
import { TargetError } from "./errors";
import { paths, tsxLoader } from "./paths";

export type TargetKind = "ours" | "ref";

export const TARGET_LABEL: Record<TargetKind, string> = {
  ours: "Roundtable",
  ref: "reference",
};

/**
 * How Roundtable is started: server/dist as built by its own build, the bench's bundle of the
 * current sources (bench/dist, see bundle.ts), or the TypeScript sources through tsx.
 */
export type OursMode = "dist" | "bundle" | "src";

export interface RunningServer {
  readonly kind: TargetKind;
  readonly pid: number;
  /** Server URL handed to `WebsocketProvider` (the room name is appended by the provider). */
  readonly wsBase: string;
  /** Creates a board (Roundtable) or names a fresh room (reference) and returns its room name. */
  createRoom(title: string): Promise<string>;
  /** POSTs JSON to Roundtable's REST API and answers the 201's body; the reference has none. */
  postJson(path: string, payload: unknown): Promise<unknown>;
  /** V8 inspector port, when started with `inspect`. */
  readonly inspectPort: number | undefined;
  /** Throws a TargetError if the process has exited. */
  assertAlive(): void;
  stop(): Promise<void>;
}

/** `count` rooms titled "<title> 1" … "<title> <count>", one after the other. */
export async function createRooms(
  server: RunningServer,
  count: number,
  title: string,
): Promise<string[]> {
  const rooms: string[] = [];
  for (let i = 0; i < count; i++) rooms.push(await server.createRoom(`${title} ${i + 1}`));
  return rooms;
}

const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 60_000;

const ourDist = join(paths.server, "dist", "index.js");
const ourSrc = join(paths.server, "src", "index.ts");
const refEntry = join(paths.server, "node_modules", "@y", "websocket-server", "src", "server.js");

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** `dist` when a build exists that is newer than every source file, otherwise `bundle`. */
export function detectOursMode(): OursMode {
  if (!existsSync(ourDist)) return "bundle";
  const built = statSync(ourDist).mtimeMs;
  const sources = Math.max(
    newestMtime(join(paths.server, "src")),
    newestMtime(join(paths.repoRoot, "shared", "src")),
  );
  return built >= sources ? "dist" : "bundle";
}

export function oursAvailable(mode: OursMode): boolean {
  return existsSync(mode === "dist" ? ourDist : ourSrc);
}

const oursArgs = (mode: OursMode): string[] => {
  if (mode === "dist") return [ourDist];
  if (mode === "bundle") return [bundledEntry];
  return ["--import", tsxLoader(), ourSrc];
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Every server process started by the bench, so that an aborted run still stops them. */
const live = new Set<ChildProcess>();

export function killAllServers(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  live.clear();
}

export interface StartOptions {
  kind: TargetKind;
  oursMode: OursMode;
  /** Folder for this bench's logs and data directories. */
  workDir: string;
  /** Open the V8 inspector on a loopback port, so the bench can force garbage collections. */
  inspect?: boolean;
}

let serial = 0;

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { kind, oursMode, workDir } = options;
  serial += 1;
  const port = await freePort();
  const name = `${kind}-${serial}`;
  const logFile = join(workDir, `${name}.log`);
  const dataDir = join(workDir, `${name}-data`);
  const env: NodeJS.ProcessEnv = { ...process.env, HOST, PORT: String(port) };
  delete env.YPERSISTENCE;
  let args: string[];
  if (kind === "ours") {
    mkdirSync(dataDir, { recursive: true });
    env.DATA_DIR = dataDir;
    // The bench's bundle sits elsewhere than server/dist; point the server at the client build.
    env.CLIENT_DIR ??= join(paths.repoRoot, "client", "dist");
    args = oursArgs(oursMode);
  } else {
    args = [refEntry];
  }
  const inspectPort = options.inspect ? await freePort() : undefined;
  if (inspectPort !== undefined) args.unshift(`--inspect=${HOST}:${inspectPort}`);

  const log = openSync(logFile, "a");
  // Spawn node itself (not a wrapper script) so that child.pid is the server process.
  const child = spawn(process.execPath, args, {
    cwd: paths.repoRoot,
    env,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  live.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new TargetError(`${TARGET_LABEL[kind]} did not start`);

  const httpBase = `http://${HOST}:${port}`;
  const exitedMessage = (): string => {
    const why = child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`;
    return `${TARGET_LABEL[kind]} exited (${why}); last log lines:\n${tail(logFile)}`;
  };
  const assertAlive = (): void => {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new TargetError(exitedMessage());
  };

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, 5_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    }
    live.delete(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  // Readiness: Roundtable answers GET /healthz, the reference answers any GET with "okay".
  const readyUrl = kind === "ours" ? `${httpBase}/healthz` : `${httpBase}/`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new TargetError(exitedMessage());
    }
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(1_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new TargetError(`${TARGET_LABEL[kind]} not ready after ${READY_TIMEOUT_MS} ms`);
    }
    await sleep(100);
  }

  /** POSTs JSON to Roundtable's REST API and answers the 201's JSON body. */
  const postJson = async (path: string, payload: unknown): Promise<unknown> => {
    if (kind === "ref") throw new Error(`${TARGET_LABEL.ref} has no REST API (POST ${path})`);
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${httpBase}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload),
      });
      const text = await res.text();
      if (res.status === 429 && attempt < 20) {
        const retryAfter = Number(res.headers.get("retry-after"));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250);
        continue;
      }
      if (res.status !== 201) {
        throw new TargetError(`POST ${path} answered ${res.status}: ${text.slice(0, 200)}`);
      }
      return JSON.parse(text);
    }
  };

  const createRoom = async (title: string): Promise<string> => {
    if (kind === "ref") return `bench-${randomUUID()}`;
    const body = await postJson("/api/boards", { title });
    const id = (body as { id?: unknown }).id;
    if (typeof id !== "string" || id === "") {
      throw new TargetError(
        `POST /api/boards returned no id: ${JSON.stringify(body).slice(0, 200)}`,
      );
    }
    return id;
  };

  return {
    kind,
    pid,
    wsBase: kind === "ours" ? `ws://${HOST}:${port}/ws` : `ws://${HOST}:${port}`,
    inspectPort,
    createRoom,
    postJson,
    assertAlive,
    stop,
  };
}
