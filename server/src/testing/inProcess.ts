import { readConfig } from "../config";
import { limits as defaultLimits, type Limits } from "../limits";
import { createLogger } from "../log";
import { type RunningServer, startServer } from "../server";
import { tempDataDir } from "./serverProcess";

export type TestServer = RunningServer & { url: string; dataDir: string };

/** The real server (HTTP, websockets, SQLite) in this process, on a free port and a fresh DATA_DIR. */
export async function startTestServer(
  options: { limits?: Partial<Limits>; dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = readConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, ...options.env });
  const server = await startServer(config, createLogger("silent"), {
    ...defaultLimits,
    ...options.limits,
  });
  return { ...server, url: `http://127.0.0.1:${server.port}`, dataDir };
}
