import { addNote, notesMap, readBoard, readTrash } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { createBoardVia, waitFor } from "../testing/clients";
import { joinAs, storedDoc } from "../testing/facilitation";
import { useServerWithClients } from "../testing/serverWithClients";

const h = useServerWithClients();

// A short excerpt of real meeting notes, as a facilitator pastes them.
const MEETING_NOTES = [
  "Spring LRT Notes",
  "",
  "Priority one -",
  "  • Think about how to engage on a more day to day basis - systems",
  "Priority two:",
  "  • Arts teaching AND arts integration",
].join("\n");

type Listed = { id: string; name: string; url: string };

function post(path: string, init: { key?: string; type?: string; body?: string } = {}) {
  return fetch(`${h.server.url}${path}`, {
    method: "POST",
    headers: {
      "content-type": init.type ?? "application/json",
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
    },
    body: init.body ?? "{}",
  });
}

async function snapshot(boardId: string, key: string, name: string): Promise<Listed> {
  const answer = await post(`/api/boards/${boardId}/snapshots`, {
    key,
    body: JSON.stringify({ name }),
  });
  expect(answer.status).toBe(201);
  return (await answer.json()) as Listed;
}

function texts(doc: Parameters<typeof readBoard>[0]): string[] {
  return readBoard(doc)
    .notes.map((note) => note.text)
    .sort();
}

describe("POST /api/boards/:id/snapshots/:snapshotId/restore", () => {
  it("refuses without the facilitator key, and snapshots it does not know or of other boards", async () => {
    const board = await createBoardVia(h.server.url);
    const other = await createBoardVia(h.server.url);
    const taken = await snapshot(board.id, board.facilitatorKey, "Start");
    const elsewhere = await snapshot(other.id, other.facilitatorKey, "Elsewhere");
    const restore = (snapshotId: string, key?: string, query = "") =>
      post(`/api/boards/${board.id}/snapshots/${snapshotId}/restore${query}`, { key });
    expect((await restore(taken.id)).status).toBe(401);
    expect((await restore(taken.id, "wrong")).status).toBe(403);
    expect((await restore(taken.id, other.facilitatorKey)).status).toBe(403);
    expect((await restore("unknownsnapshot1", board.facilitatorKey)).status).toBe(404);
    expect((await restore(elsewhere.id, board.facilitatorKey)).status).toBe(404);
    expect((await restore("..%2Fx", board.facilitatorKey)).status).toBe(400);
    const zone = await restore(taken.id, board.facilitatorKey, "?tz=Mars%2FOlympus");
    expect(zone.status).toBe(400);
    expect(((await zone.json()) as { error: string }).error).toBe("unknown-time-zone");
    expect(
      (
        await post(`/api/boards/unknownboard1/snapshots/${taken.id}/restore`, {
          key: board.facilitatorKey,
        })
      ).status,
    ).toBe(404);
    // Nothing was restored, and no "Before restore" snapshot was taken.
    const list = (await (
      await fetch(`${h.server.url}/api/boards/${board.id}/snapshots`)
    ).json()) as {
      snapshots: Listed[];
    };
    expect(list.snapshots.map((s) => s.name)).toEqual(["Start"]);
  });

  it("takes an import back live, keeping what was written since in the trash, and restores the import again", async () => {
    const board = await createBoardVia(h.server.url, "Restore board");
    const ada = await joinAs(h.server.url, board.id, "Ada");
    const writer = h.open(board.id, { token: ada.token });
    await writer.synced;
    const kept = addNote(writer.doc, {
      lane: "p1",
      text: "Written first",
      author: ada.participantId,
    });
    await waitFor(() => notesMap(storedDoc(h.server, board.id)).has(kept), { what: "the note" });

    const imported = await post(`/api/boards/${board.id}/import?tz=Asia%2FKathmandu`, {
      key: board.facilitatorKey,
      type: "text/plain",
      body: MEETING_NOTES,
    });
    expect(imported.status).toBe(200);
    const { before: beforeImport, notes } = (await imported.json()) as {
      before: Listed;
      notes: number;
    };
    expect(notes).toBe(2);
    expect(beforeImport.name).toMatch(/^Before import \d\d:\d\d$/);
    expect(beforeImport.url).toBe(`${h.server.url}/s/${beforeImport.id}`);
    await waitFor(() => notesMap(writer.doc).size === 3, { what: "the import to arrive" });
    const since = addNote(writer.doc, {
      lane: "p3",
      text: "Written since",
      author: ada.participantId,
    });
    await waitFor(() => notesMap(storedDoc(h.server, board.id)).has(since), { what: "the note" });

    const answer = await post(
      `/api/boards/${board.id}/snapshots/${beforeImport.id}/restore?tz=Europe%2FParis`,
      { key: board.facilitatorKey },
    );
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      restored: { notes: number; clusters: number };
      before: Listed;
    };
    expect(body.restored).toEqual({ notes: 1, clusters: 0 });
    expect(body.before.name).toMatch(/^Before restore \d\d:\d\d$/);
    // Live on the open laptop, and stored.
    await waitFor(() => notesMap(writer.doc).size === 1, { what: "the restore to arrive" });
    expect(texts(writer.doc)).toEqual(["Written first"]);
    expect(notesMap(writer.doc).has(kept)).toBe(true);
    const stored = storedDoc(h.server, board.id);
    expect(texts(stored)).toEqual(["Written first"]);
    expect(
      readTrash(stored)
        .map((entry) => entry.text)
        .sort(),
    ).toEqual([
      "Arts teaching AND arts integration",
      "Think about how to engage on a more day to day basis - systems",
      "Written since",
    ]);
    expect(readTrash(stored).every((entry) => entry.deletedBy === null)).toBe(true);
    // The export never holds a trashed note.
    const exported = await (
      await fetch(`${h.server.url}/api/boards/${board.id}/export?format=json`)
    ).text();
    expect(exported).not.toContain("Written since");

    const again = await post(`/api/boards/${board.id}/snapshots/${body.before.id}/restore`, {
      key: board.facilitatorKey,
    });
    expect(again.status).toBe(200);
    await waitFor(() => notesMap(writer.doc).size === 4, { what: "the import to come back" });
    expect(notesMap(writer.doc).has(since)).toBe(true);
    expect(readTrash(storedDoc(h.server, board.id))).toEqual([]);
    // A participant's writes go on after the server's restores.
    const after = addNote(writer.doc, { lane: "p2", text: "After", author: ada.participantId });
    await waitFor(() => notesMap(storedDoc(h.server, board.id)).has(after), { what: "the note" });
    expect(writer.closes.filter((close) => close.code >= 4000)).toEqual([]);
  });
});
