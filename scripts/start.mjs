// `pnpm start`: serves the built client and the API on one port, building first only when
// there is no build yet.
import { execSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const serverEntry = `${root}server/dist/index.js`;
const clientIndex = `${root}client/dist/index.html`;

if (!existsSync(serverEntry) || !existsSync(clientIndex)) {
  console.log("No build yet: building Roundtable first (this happens once).");
  execSync("pnpm build", { cwd: root, stdio: "inherit" });
}

const server = spawn(process.execPath, ["--enable-source-maps", serverEntry], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
