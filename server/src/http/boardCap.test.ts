import { notesMap, readBoard } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergedState } from "../storage/storage";
import { docWithClient, updateOf } from "../testing/badInputHarness";
import { createBoardVia } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";
import { postMeeting } from "../testing/meetings";
import { connectRaw, syncFrame } from "../testing/rawClient";

const CAP = 30_000;
let server: TestServer;

beforeAll(async () => {
  // A small board cap; snapshots unlimited here, as every import keeps one.
  server = await startTestServer({
    limits: { maxBoardBytes: CAP, maxSnapshotsPerBoard: 10_000, maxSnapshotsPerHour: 10_000 },
  });
});
afterAll(async () => {
  await server.close();
});

const line = (i: number) => `- Note ${i} ${"about the week ahead ".repeat(5)}`;

async function importNotes(board: { id: string; facilitatorKey: string }, text: string) {
  const response = await fetch(`${server.url}/api/boards/${board.id}/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${board.facilitatorKey}`, "content-type": "text/plain" },
    body: text,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function storedBytes(docName: string): number {
  return server.storage.loadDoc(docName).bytes;
}

/** Imports single long notes until the board refuses one: it is then within a note of the cap. */
async function fillBoard(board: { id: string; facilitatorKey: string }) {
  for (let i = 0; i < 100; i++) {
    const { status } = await importNotes(board, `- ${"x".repeat(1900)} ${i}`);
    if (status === 413) return;
    expect(status).toBe(200);
  }
  throw new Error("the board never filled");
}

describe("every write path counts toward the board cap before it stores", () => {
  it("an import past 5 MB (here 30 KB) is 413 board-full, and nothing is kept", async () => {
    const board = await createBoardVia(server.url);
    const before = storedBytes(board.id);
    const big = Array.from({ length: 300 }, (_, i) => line(i)).join("\n");
    const { status, json } = await importNotes(board, big);
    expect(status).toBe(413);
    expect(json).toMatchObject({ error: "board-full" });
    expect(String(json.message)).toMatch(/nothing was changed/);
    expect(storedBytes(board.id)).toBe(before);
    expect(server.storage.listSnapshots(board.id)).toEqual([]);
    // A smaller one still goes in.
    expect((await importNotes(board, line(1))).status).toBe(200);
  });

  it("a snapshot restore past the cap is 413, with no 'Before restore' snapshot", async () => {
    const board = await createBoardVia(server.url);
    const first = Array.from({ length: 50 }, (_, i) => line(i)).join("\n");
    expect((await importNotes(board, first)).status).toBe(200);
    const taken = await fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${board.facilitatorKey}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "First" }),
    });
    const snapshot = (await taken.json()) as { id: string };
    const second = Array.from({ length: 50 }, (_, i) => line(100 + i)).join("\n");
    expect((await importNotes(board, second)).status).toBe(200);
    const snapshots = server.storage.listSnapshots(board.id).length;
    const notes = server.rooms.read(board.id, (doc) => notesMap(doc).size);
    // Restoring moves the 50 later notes into the trash: past the cap.
    const restored = await fetch(
      `${server.url}/api/boards/${board.id}/snapshots/${snapshot.id}/restore`,
      { method: "POST", headers: { authorization: `Bearer ${board.facilitatorKey}` } },
    );
    expect(restored.status).toBe(413);
    expect(await restored.json()).toMatchObject({ error: "board-full" });
    expect(server.storage.listSnapshots(board.id).length).toBe(snapshots);
    expect(server.rooms.read(board.id, (doc) => notesMap(doc).size)).toBe(notes);
  });

  it("a template change reaches all group boards or none: 413 when one is full", async () => {
    const { json: meeting } = await postMeeting(server.url, {
      title: "Caps",
      groups: ["Full", "Empty"],
    });
    const full = meeting.groups[0] as { boardId: string };
    await fillBoard({ id: full.boardId, facilitatorKey: meeting.facilitatorKey });
    const lanes = ["inbox", "p1", "p2", "p3", "p4"].map((id) => ({
      id,
      title: `${id} ${"t".repeat(190)}`,
      subtitle: "s".repeat(200),
    }));
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/template`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${meeting.facilitatorKey}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ lanes }),
    });
    expect(response.status).toBe(413);
    for (const group of meeting.groups) {
      const titles = server.rooms.read(group.boardId, (doc) =>
        readBoard(doc).lanes.map((l) => l.title),
      );
      expect(titles).not.toContain(lanes[1]?.title);
    }
    const stored = server.storage.getMeeting(meeting.id);
    expect(stored?.template.lanes.map((l) => l.title)).not.toContain(lanes[1]?.title);
  });

  it("a websocket write past the cap is 4413, and an echo of what the server has never counts", async () => {
    const board = await createBoardVia(server.url);
    await fillBoard(board);
    // The echo a stock client sends after a cold join: all of the board, which changes nothing.
    const state = mergedState(server.storage.loadDoc(board.id)) as Uint8Array;
    const echo = connectRaw(server.url, board.id);
    await echo.opened;
    echo.send(syncFrame(state));
    // A real write past the cap is refused.
    const writer = connectRaw(server.url, board.id);
    await writer.opened;
    const doc = docWithClient(31_337);
    Y.applyUpdate(doc, state);
    writer.send(syncFrame(updateOf(doc, (d) => notesMap(d).set("late", "y".repeat(1990)))));
    const closed = await writer.closedWithin();
    expect(closed.code).toBe(4413);
    expect(echo.isOpen()).toBe(true);
    await echo.close();
    expect(storedBytes(board.id)).toBeLessThanOrEqual(CAP);
  });
});
