import { pino } from "pino";

export type Logger = pino.Logger;

/** One JSON line per event. Secrets are redacted even if a caller passes them by mistake. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
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
  });
}
