import { ConfigError, readConfig } from "./config";
import { createLogger } from "./log";
import { startServer } from "./server";

const log = createLogger(process.env.LOG_LEVEL || "info");

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startServer(config, log);
  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: String(error) }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log.fatal(error.message);
  else log.fatal({ err: error instanceof Error ? error.stack : String(error) }, "failed to start");
  process.exit(1);
});
