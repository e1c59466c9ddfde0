import path from "node:path";
import { fileURLToPath } from "node:url";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Browser origins allowed to open websockets besides the server's own. */
  allowedOrigins: string[];
  /** Host names the server answers for besides localhost names, IP addresses and its own name. */
  allowedHosts: string[];
  /** Where the built client lives; served as static files when present. */
  clientDir: string;
  logLevel: string;
};

const here = path.dirname(fileURLToPath(import.meta.url));

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function list(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    // 0.0.0.0 by default so laptops in the same room can join over the local network.
    host: env.HOST || "0.0.0.0",
    dataDir: path.resolve(env.DATA_DIR || "./data"),
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    allowedHosts: list(env.ALLOWED_HOSTS),
    // server/src and server/dist both sit two levels below the repository root.
    clientDir: path.resolve(env.CLIENT_DIR || path.join(here, "..", "..", "client", "dist")),
    logLevel: env.LOG_LEVEL || "info",
  };
}
