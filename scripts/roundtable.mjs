// `pnpm roundtable <command>`: the command line, run from the repository root so DATA_DIR
// means the same folder as for `pnpm start`. Builds the server first only when there is no build.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}server/dist/cli.js`;

if (!existsSync(cli)) {
  console.error("No build yet: building the server first (this happens once).");
  execSync("pnpm --filter ./server build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
