import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono, Next } from "hono";

/** Vite's hashed files: their name changes with their content, so a copy never goes stale. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html, the service worker): kept, but checked with the server on each use. */
const REVALIDATE = "no-cache";

/** The requests answered with a file of the built client. */
const servedFiles = new WeakSet<Request>();

async function cacheHeaders(c: Context, next: Next) {
  await next();
  if (!servedFiles.has(c.req.raw)) return;
  c.res.headers.set("Cache-Control", c.req.path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
  // The same URL answers a .br, a .gz or the file itself, as Accept-Encoding allows.
  c.res.headers.set("Vary", "Accept-Encoding");
}

/**
 * Serves the built client from `clientDir`: its files, precompressed at build time (brotli or
 * gzip as `Accept-Encoding` allows), and index.html for every other GET (the client's routes).
 */
export function serveClient(app: Hono, clientDir: string) {
  const root = path.relative(process.cwd(), clientDir) || ".";
  const options = {
    root,
    precompressed: true,
    onFound: (_file: string, c: Context) => {
      servedFiles.add(c.req.raw);
    },
  };
  app.use("/*", cacheHeaders, serveStatic(options));
  // A hashed file that is not there (an old page asking for last build's chunk) is a 404, never
  // index.html under a JavaScript name and a year-long cache.
  app.get("/assets/*", (c) => c.text("Not found", 404));
  // The client routes (/b/:id, /v/:token) are one page: any other GET gets index.html.
  app.get("*", serveStatic({ ...options, path: "index.html" }));
  app.get("*", (c) => {
    if (fs.existsSync(path.join(clientDir, "index.html"))) return c.notFound();
    return c.text("The client is not built yet: run `pnpm build`.", 503);
  });
}
