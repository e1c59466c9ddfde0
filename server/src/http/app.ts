import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../log";
import { createHostCheck, type HostCheck } from "../security/hostCheck";
import {
  DocumentDamaged,
  messageOf,
  StorageReadFailed,
  StorageWriteFailed,
} from "../storage/faults";
import type { Storage } from "../storage/storage";
import { BoardFullError } from "../sync/liveDocument";
import type { Rooms } from "../sync/rooms";
import { boardRoutes } from "./boardRoutes";
import { apiError } from "./errors";
import { exportRoutes } from "./exportRoutes";
import { joinRoutes } from "./joinRoutes";
import { meetingRoutes } from "./meetingRoutes";
import { participantRoutes } from "./participantRoutes";
import { progressRoutes } from "./progressRoutes";
import { crossSiteGuard, hostGuard } from "./requestGuards";
import { boardSnapshotRoutes, snapshotRoutes } from "./snapshotRoutes";
import { serveClient } from "./staticFiles";
import { viewRoutes } from "./viewRoutes";

type AppDeps = {
  storage: Storage;
  rooms: Rooms;
  log: Logger;
  clientDir: string;
  /** The server's addresses on the local network, once it listens; none when unknown. */
  joinAddresses?: () => string[];
  /** Whether a `Host` is one of the server's own names (DNS rebinding). */
  hostAllowed?: HostCheck;
  /** Browser origins allowed besides the server's own (`ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
};

export function createApp({
  storage,
  rooms,
  log,
  clientDir,
  joinAddresses = () => [],
  hostAllowed = createHostCheck([]),
  allowedOrigins = [],
}: AppDeps) {
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Path only (its ids hashed by the logger): queries and headers may carry tokens.
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });

  // 503 while storage fails (it does not answer, or the last write failed); `degraded` also
  // while some board is damaged (read-only), named by a short hash: its id is a capability.
  app.use(hostGuard(hostAllowed));
  app.use("/api/*", crossSiteGuard(allowedOrigins));

  app.get("/healthz", (c) => {
    const health = storage.health();
    const damagedBoards = storage.faults.damagedDocs();
    const ok = health.ok && damagedBoards.length === 0;
    return c.json(
      {
        status: ok ? "ok" : "degraded",
        storage: { kind: storage.kind, ...health },
        ...(damagedBoards.length > 0 ? { damagedBoards } : {}),
        boardsLoaded: rooms.loadedCount,
      },
      health.ok ? 200 : 503,
    );
  });

  // REST bodies are small (a title today, meeting notes later): 1 MiB is far past any of them.
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: (c) => apiError(c, 413, "body-too-large", "the request body is over 1 MiB"),
    }),
  );
  app.route("/api/boards", boardRoutes(storage, rooms, joinAddresses));
  app.route("/api/boards", participantRoutes(storage, rooms));
  app.route("/api/boards", exportRoutes(storage, rooms));
  app.route("/api/boards", progressRoutes(storage, rooms));
  app.route("/api/boards", boardSnapshotRoutes(storage, rooms));
  app.route("/api/snapshots", snapshotRoutes(storage));
  app.route("/api/meetings", meetingRoutes(storage, rooms, joinAddresses));
  app.route("/api/join", joinRoutes(storage, rooms));
  // Laptops' clocks differ: a shared countdown is kept in the server's clock.
  app.get("/api/time", (c) => c.json({ now: Date.now() }));
  app.route("/api/view", viewRoutes(storage, rooms, joinAddresses));
  app.all("/api/*", (c) => apiError(c, 404, "not-found", "no such API endpoint"));

  serveClient(app, clientDir);

  app.onError((error, c) => {
    log.error({ err: messageOf(error), path: c.req.path }, "request failed");
    // Any server write (import, restore, template, roster) that would pass a board's size cap.
    if (error instanceof BoardFullError) return apiError(c, 413, "board-full", error.message);
    if (error instanceof DocumentDamaged) {
      return apiError(c, 503, "board-damaged", error.message);
    }
    if (isStorageFault(error)) {
      return apiError(c, 503, "storage-failed", "storage failed; try again later");
    }
    return apiError(c, 500, "internal", "the server failed to answer; nothing was changed");
  });

  return app;
}

/** A failure of storage itself (SQLite's own errors carry a `SQLITE_` code), not of the request. */
function isStorageFault(error: unknown): boolean {
  if (error instanceof StorageWriteFailed || error instanceof StorageReadFailed) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("SQLITE_");
}
