/** Repository locations, derived from this file's own location. */
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL(".", import.meta.url));

export const paths = {
  bench: benchDir,
  server: fileURLToPath(new URL("..", import.meta.url)),
  repoRoot: fileURLToPath(new URL("../..", import.meta.url)),
  /** Client worker entry, run in child processes. */
  clientsEntry: fileURLToPath(new URL("./clients.ts", import.meta.url)),
  /** Results folder (git-ignored). */
  results: fileURLToPath(new URL("../../.bench/", import.meta.url)),
} as const;

/** The tsx loader, for running TypeScript entries with `node --import`. */
export const tsxLoader = (): string => import.meta.resolve("tsx");
