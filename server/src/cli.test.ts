import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renameBoard } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, createBoardVia, waitForAnswer } from "./testing/clients";
import { startTestServer, type TestServer } from "./testing/inProcess";
import { postMeeting } from "./testing/meetings";

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

  it("prints a meeting's combined export, clusters merged on request", async () => {
    const { json: meeting } = await postMeeting(server.url, { title: "Visit", groups: ["A", "B"] });
    for (const group of meeting.groups) {
      const imported = await fetch(`${server.url}/api/boards/${group.boardId}/import`, {
        method: "POST",
        headers: {
          "content-type": "text/plain",
          authorization: `Bearer ${meeting.facilitatorKey}`,
        },
        body: `Priority one -\n  • Note of ${group.name}`,
      });
      expect(imported.status).toBe(200);
    }
    const csv = roundtable("export", meeting.id, "--format", "csv");
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\r\n").slice(0, 3)).toEqual([
      "group,priority,cluster,text,votes,author,created",
      expect.stringMatching(/^A,Priority one,,Note of A,,,/),
      expect.stringMatching(/^B,Priority one,,Note of B,,,/),
    ]);
    const md = roundtable("export", meeting.id, "--merge");
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/## Priority one\n\n_Do first_\n\n### A\n\n- Note of A\n\n### B/);
  });

  it("names the board by the title the facilitator gave it live", async () => {
    const board = await createBoardVia(server.url, "Scripted board");
    const facilitator = connectClient(server.url, board.id, new Y.Doc(), {
      key: board.facilitatorKey,
    });
    try {
      await facilitator.synced;
      renameBoard(facilitator.doc, "Renamed while running");
      await waitForAnswer(
        async () => {
          const answer = await fetch(`${server.url}/api/boards/${board.id}`);
          return ((await answer.json()) as { title: string }).title === "Renamed while running";
        },
        { what: "the rename to be stored" },
      );
      const md = roundtable("export", board.id);
      expect(md.status).toBe(0);
      expect(md.stdout.startsWith("# Renamed while running\n")).toBe(true);
      expect(md.stdout).toContain(" UTC_\n");
      const zoned = roundtable("export", board.id, "--tz", "Asia/Tokyo");
      expect(zoned.status).toBe(0);
      expect(zoned.stdout).toMatch(/\n_Exported \d{4}-\d\d-\d\d \d\d:\d\d Asia\/Tokyo_\n/);
      const spanish = roundtable("export", board.id, "--lang", "es");
      expect(spanish.status).toBe(0);
      expect(spanish.stdout).toMatch(/\n_Exportado el \d{4}-\d\d-\d\d \d\d:\d\d UTC_\n/);
    } finally {
      facilitator.provider.destroy();
    }
  });

  it("says what is wrong: an unknown board (exit 1), a bad format or no command (exit 2)", () => {
    const unknown = roundtable("export", "unknownboard1");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No board or meeting "unknownboard1"');
    const format = roundtable("export", "whatever1", "--format", "pdf");
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
    const zone = roundtable("export", "whatever1", "--tz", "Mars/Olympus");
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('unknown time zone "Mars/Olympus"');
    const language = roundtable("export", "whatever1", "--lang", "fr");
    expect(language.status).toBe(2);
    expect(language.stderr).toContain('unknown language "fr" (use en or es)');
    expect(roundtable().status).toBe(2);
  });
});
