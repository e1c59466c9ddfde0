/**
 * Bundles Roundtable's current sources into bench/dist/ (git-ignored) the way server/build.mjs
 * builds server/dist: one ESM file for node20 with the shared package inlined and npm dependencies
 * external. Used when server/dist is missing or older than the sources, so the bench measures
 * bundled code like production without touching the server's own build output.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { paths } from "./paths";

export const bundleDir = join(paths.bench, "dist");
export const bundledEntry = join(bundleDir, "index.js");

export async function bundleRoundtable(): Promise<string> {
  const pkg: unknown = JSON.parse(readFileSync(join(paths.server, "package.json"), "utf8"));
  const dependencies = (pkg as { dependencies?: Record<string, string> }).dependencies ?? {};
  const external = Object.keys(dependencies).filter((name) => !name.startsWith("@roundtable/"));
  rmSync(bundleDir, { recursive: true, force: true });
  await build({
    entryPoints: [join(paths.server, "src", "index.ts")],
    outfile: bundledEntry,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: [...external, ...external.map((name) => `${name}/*`)],
    logLevel: "silent",
  });
  return bundledEntry;
}

export function removeBundle(): void {
  rmSync(bundleDir, { recursive: true, force: true });
}
