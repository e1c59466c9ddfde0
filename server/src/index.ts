import { ConfigError, readConfig } from "./config";
import { joinBanner } from "./joinBanner";
import { createLogger } from "./log";
import { isLanAddress, networkAddresses, type RunningServer, startServer } from "./server";
import { SHUTDOWN_DEADLINE_MS } from "./shutdown";

const log = createLogger(process.env.LOG_LEVEL || "info");
let server: RunningServer | null = null;
let stopping = false;

function shutdown(signal: string): void {
  // A signal to the whole process group, or a second Ctrl-C, must not cut the flush short.
  if (stopping) {
    log.info({ signal }, "already shutting down; the signal is ignored");
    return;
  }
  stopping = true;
  log.info({ signal }, "shutting down");
  setTimeout(() => {
    log.error({ ms: SHUTDOWN_DEADLINE_MS }, "shutdown took too long; exiting");
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  (server ? server.close() : Promise.resolve()).then(
    () => process.exit(0),
    (error: unknown) => {
      log.error({ err: String(error) }, "shutdown failed");
      process.exit(1);
    },
  );
}

// Handlers first: a signal that arrives while the server starts must still shut it down cleanly.
// `on`, not `once`: a repeated signal would otherwise kill the process mid-flush.
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

try {
  const config = readConfig();
  server = await startServer(config, log);
  if (stopping) await server.close();
  // On a terminal only: the log is one JSON line per event for programs reading it.
  const lan = networkAddresses(config.host, server.port).find(isLanAddress);
  if (lan && process.stdout.isTTY && !stopping) process.stdout.write(await joinBanner(lan));
} catch (error) {
  if (error instanceof ConfigError) log.fatal(error.message);
  else log.fatal({ err: error instanceof Error ? error.stack : String(error) }, "failed to start");
  process.exit(1);
}
