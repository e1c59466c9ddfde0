import type { AddressInfo } from "node:net";
import os from "node:os";
import { serve } from "@hono/node-server";
import { WebSocketServer } from "ws";
import type { Config } from "./config";
import { createApp } from "./http/app";
import { limits as defaultLimits, type Limits } from "./limits";
import type { Logger } from "./log";
import { createHostCheck } from "./security/hostCheck";
import { CLOSE_FRAMES_MS, closeFramesFlushed } from "./shutdown";
import { SqliteStorage } from "./storage/sqlite";
import type { Storage } from "./storage/storage";
import { closeCode } from "./sync/protocol";
import { Rooms } from "./sync/rooms";
import { createUpgradeHandler } from "./sync/upgrade";

export type RunningServer = {
  port: number;
  storage: Storage;
  rooms: Rooms;
  /**
   * Stops accepting (new websockets get 503 meanwhile), closes every websocket with 1012 and
   * waits for the close frames to go out (at most `CLOSE_FRAMES_MS`), then flushes storage.
   */
  close(): Promise<void>;
};

/** Addresses other laptops in the room can use to reach this server. */
export function networkAddresses(host: string, port: number): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [`http://${host}:${port}`];
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a?.address}:${port}`);
  return [`http://localhost:${port}`, ...addresses];
}

/** An address another laptop can reach: not this machine's loopback. */
export function isLanAddress(url: string): boolean {
  const host = new URL(url).hostname;
  return host !== "localhost" && !host.startsWith("127.") && host !== "[::1]";
}

export async function startServer(
  config: Config,
  log: Logger,
  limits: Limits = defaultLimits,
): Promise<RunningServer> {
  const storage = new SqliteStorage(config.dataDir, {
    onError: (message) => log.warn({ err: message }, "background checkpoint failed"),
  });
  const rooms = new Rooms(storage, limits, log);
  let lanAddresses: string[] = [];
  const restarting = "server restarting, reconnect shortly";
  let closing: Promise<void> | null = null;
  const hostAllowed = createHostCheck(config.allowedHosts);
  const app = createApp({
    storage,
    rooms,
    log,
    clientDir: config.clientDir,
    joinAddresses: () => lanAddresses,
    hostAllowed,
    allowedOrigins: config.allowedOrigins,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
    s.once("error", reject);
  });
  server.on(
    "upgrade",
    createUpgradeHandler({
      wss,
      rooms,
      storage,
      limits,
      log,
      allowedOrigins: config.allowedOrigins,
      hostAllowed,
      closing: () => closing !== null,
    }),
  );
  const port = (server.address() as AddressInfo).port;
  const urls = networkAddresses(config.host, port);
  lanAddresses = urls.filter(isLanAddress);
  log.info(
    { port, host: config.host, dataDir: config.dataDir, urls },
    `Roundtable is running at ${urls.join(" , ")}`,
  );

  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      rooms.closeAll(closeCode.serviceRestart, restarting);
      // Sockets that joined no room yet (refused with 4401, or mid-upgrade) are told too.
      for (const ws of wss.clients) {
        if (ws.readyState === ws.OPEN) ws.close(closeCode.serviceRestart, restarting);
      }
      await closeFramesFlushed(wss, CLOSE_FRAMES_MS);
      for (const ws of wss.clients) ws.terminate();
      if ("closeAllConnections" in server) server.closeAllConnections();
      await stopped;
      await storage.close();
      log.info("server stopped; storage flushed");
    })();
    return closing;
  };
  return { port, storage, rooms, close };
}
