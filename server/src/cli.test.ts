import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "./testing/clients";
import { startTestServer, type TestServer } from "./testing/inProcess";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Runs the command line as a script would, against the running server's storage. */
function roundtable(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: serverDir,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: server.dataDir },
  });
}

describe("roundtable export", () => {
  it("prints a board's export from the same storage while the server runs", async () => {
    const board = await createBoardVia(server.url, "Scripted board");
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${board.facilitatorKey}` },
      body: "Priority three -\n  • Youth speaks, youth radio",
    });
    expect(imported.status).toBe(200);
    // The room compacts when its last client leaves; an import with nobody on the board did.
    const csv = roundtable("export", board.id, "--format", "csv");
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\r\n").slice(0, 2)).toEqual([
      "priority,cluster,text,votes,author,created",
      expect.stringMatching(/^Priority three,,"Youth speaks, youth radio",,,/),
    ]);
    const md = roundtable("export", board.id);
    expect(md.stdout).toContain("## Priority three");
    const file = path.join(server.dataDir, "minutes.md");
    const written = roundtable("export", board.id, "--output", file);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe(md.stdout);
  });

  it("says what is wrong: an unknown board (exit 1), a bad format or no command (exit 2)", () => {
    const unknown = roundtable("export", "unknownboard1");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No board "unknownboard1"');
    const format = roundtable("export", "whatever1", "--format", "pdf");
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
    expect(roundtable().status).toBe(2);
  });
});
