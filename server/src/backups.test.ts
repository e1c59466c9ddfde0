import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { startTestServer, type TestServer } from "./testing/inProcess";
import { tempDataDir } from "./testing/serverProcess";
import { noteTexts, openDatabase, writeNote } from "./testing/storageFaults";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The command line in a process of its own, so the server in this one keeps serving. */
function roundtable(dataDir: string, ...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: serverDir,
    env: { ...process.env, DATA_DIR: dataDir },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("close", (status) => resolve({ status, stdout, stderr })),
  );
}

describe("roundtable backup, restore and check", () => {
  it("backs up while a stock client writes; the restored board loads with every write", async () => {
    const board = await createBoardVia(server.url);
    const writer = connectClient(server.url, board.id);
    const reader = connectClient(server.url, board.id);
    await Promise.all([writer.synced, reader.synced]);
    let written = 0;
    const timer = setInterval(() => writeNote(writer.doc, `note ${written++}`), 10);
    await waitFor(() => noteTexts(reader.doc).length >= 20);
    const seenBefore = noteTexts(reader.doc);
    const dir = tempDataDir("roundtable-backups-");
    const during = await roundtable(server.dataDir, "backup", path.join(dir, "during.db"));
    clearInterval(timer);
    expect(during).toMatchObject({ status: 0 });
    await waitFor(() => noteTexts(reader.doc).length === written);
    const after = await roundtable(server.dataDir, "backup", path.join(dir, "after.db"));
    expect(after.status).toBe(0);
    // A backup never overwrites a file.
    expect((await roundtable(server.dataDir, "backup", path.join(dir, "after.db"))).status).toBe(1);

    // The copy taken during the writes is consistent and holds all that was seen before it.
    const duringDir = tempDataDir();
    expect((await roundtable(duringDir, "restore", path.join(dir, "during.db"))).status).toBe(0);
    const duringCheck = await roundtable(duringDir, "check");
    expect(duringCheck.status).toBe(0);
    expect(duringCheck.stdout).toMatch(/^ok: all \d+ documents load/m);
    const duringServer = await startTestServer({ dataDir: duringDir });
    const duringClient = connectClient(duringServer.url, board.id);
    await duringClient.synced;
    expect(noteTexts(duringClient.doc)).toEqual(expect.arrayContaining(seenBefore));
    duringClient.provider.destroy();
    await duringServer.close();

    // A restore under a running server is refused; into a stopped one's folder, every write.
    const refused = await roundtable(server.dataDir, "restore", path.join(dir, "after.db"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("stop it before restoring");
    const freshDir = tempDataDir();
    expect((await roundtable(freshDir, "restore", path.join(dir, "after.db"))).status).toBe(0);
    const restored = await startTestServer({ dataDir: freshDir });
    const client = connectClient(restored.url, board.id);
    await client.synced;
    expect(noteTexts(client.doc)).toEqual(noteTexts(reader.doc));
    expect(noteTexts(client.doc)).toHaveLength(written);
    client.provider.destroy();
    await restored.close();
    // Restoring over a stopped server's database keeps the one it replaces.
    expect((await roundtable(freshDir, "restore", path.join(dir, "during.db"))).status).toBe(0);
    expect(fs.readdirSync(freshDir).some((name) => name.includes("before-restore"))).toBe(true);
    writer.provider.destroy();
    reader.provider.destroy();
  }, 60_000);

  it("check reports a damaged row with exit code 1", async () => {
    const board = await createBoardVia(server.url);
    const writer = connectClient(server.url, board.id);
    await writer.synced;
    writeNote(writer.doc, "a note");
    await waitFor(() => server.storage.loadDoc(board.id).updates.length > 0);
    const db = openDatabase(server.dataDir);
    db.prepare("UPDATE doc_updates SET data = ? WHERE doc = ?").run(
      Buffer.from([1, 2, 3]),
      board.id,
    );
    db.close();
    const check = await roundtable(server.dataDir, "check");
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`damaged: ${board.id}`);
    expect(check.stdout).toContain("checksum mismatch");
    writer.provider.destroy();
  }, 30_000);
});
