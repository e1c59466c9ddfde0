// `pnpm start`: serves the built client and the API on one port, building first only when
// there is no build yet. The server runs in this very process, so a signal sent to it (or to
// its process group) reaches the server once, and nothing is left running when it exits.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const serverEntry = `${root}server/dist/index.js`;
const clientIndex = `${root}client/dist/index.html`;

if (!existsSync(serverEntry) || !existsSync(clientIndex)) {
  console.log("No build yet: building Roundtable first (this happens once).");
  execSync("pnpm build", { cwd: root, stdio: "inherit" });
}

// Run by a package manager (`pnpm start` execs this script, so a signal to pnpm is passed to this
// process): should the package manager die without passing one on, the server must not run on,
// orphaned, so it shuts down as on SIGTERM.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, "SIGTERM");
  }, 500);
  watch.unref();
}

// As before, when the server ran as a child here: paths (DATA_DIR's default ./data) are the
// repository's, and stack traces point into the sources.
process.chdir(root);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(serverEntry).href);
