import { pino } from "pino";
import { logSafePath, shortHash } from "./security/logSafe";

export type Logger = pino.Logger;

/** Fields that hold a room name or a request path: their capabilities are hashed. */
const PATH_FIELDS = ["board", "room", "docName", "path"] as const;
/** Fields that are a capability whole (an id, a token, a join code). */
const ID_FIELDS = ["boardId", "viewToken", "meetingId", "snapshotId", "joinCode"] as const;

/**
 * Board ids, view tokens and join codes open boards, so a log names them by a short hash
 * (`security/logSafe.ts`), whoever logs them and at whatever level.
 */
function hashCapabilities(fields: Record<string, unknown>): Record<string, unknown> {
  const safe = { ...fields };
  for (const name of PATH_FIELDS) {
    const value = safe[name];
    if (typeof value === "string") safe[name] = logSafePath(value);
  }
  for (const name of ID_FIELDS) {
    const value = safe[name];
    if (typeof value === "string") safe[name] = shortHash(value);
  }
  return safe;
}

/** One JSON line per event. Secrets are redacted even if a caller passes them by mistake. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    formatters: { log: hashCapabilities },
    redact: {
      paths: [
        "facilitatorKey",
        "key",
        "token",
        "authorization",
        "*.facilitatorKey",
        "*.authorization",
      ],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
