import { controlDocName, notesMap, readBoard, readControl } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoardVia, waitFor } from "../testing/clients";
import { storedDoc } from "../testing/facilitation";
import { useServerWithClients } from "../testing/serverWithClients";

const h = useServerWithClients();

const MEETING_NOTES = [
  "Spring LRT Notes",
  "",
  "Louise walks us through the draft plan, then the LRT gives input in small groups",
  "  • Start with Listening Campaign - at top",
  "  • No acronyms!",
  "",
  "Priority one -",
  "  • Think about how to engage on a more day to day basis - systems",
  "Priority two:",
  "  • Arts teaching AND arts integration",
  "  • Missing higher ed",
  "## Priority four",
  "- policies that focus on health of young people",
].join("\n");

function importInto(id: string, body: string, type: string, key?: string) {
  return fetch(`${h.server.url}/api/boards/${id}/import`, {
    method: "POST",
    headers: { "content-type": type, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
}

describe("POST /api/boards/:id/import", () => {
  it("refuses anyone without the facilitator key, and bodies it cannot read", async () => {
    const board = await createBoardVia(h.server.url);
    expect((await importInto(board.id, MEETING_NOTES, "text/plain")).status).toBe(401);
    expect((await importInto(board.id, MEETING_NOTES, "text/plain", "wrong")).status).toBe(403);
    const html = await importInto(board.id, "<p>hi</p>", "text/html", board.facilitatorKey);
    expect(html.status).toBe(415);
    const empty = await importInto(board.id, "  \n", "text/plain", board.facilitatorKey);
    expect(empty.status).toBe(400);
    expect(notesMap(storedDoc(h.server, board.id)).size).toBe(0);
  });

  it("puts meeting notes into their priorities, live for everyone on the board, and lists what it skipped", async () => {
    const board = await createBoardVia(h.server.url);
    const watcher = h.open(board.id);
    await watcher.synced;
    const answer = await importInto(board.id, MEETING_NOTES, "text/markdown", board.facilitatorKey);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      notes: number;
      skipped: { line: number; text: string }[];
      title: string | null;
    };
    expect(body.notes).toBe(6);
    expect(body.skipped).toContainEqual({
      line: 3,
      text: "Louise walks us through the draft plan, then the LRT gives input in small groups",
    });
    expect(body.title).toBe("Spring LRT Notes");
    await waitFor(() => notesMap(watcher.doc).size === 6, {
      what: "the imported notes to arrive live",
    });
    const lanes = (doc: Y.Doc) => {
      const state = readBoard(doc);
      return Object.fromEntries(
        state.lanes.map((lane) => [
          lane.id,
          state.notes.filter((n) => n.lane === lane.id).map((n) => n.text),
        ]),
      );
    };
    expect(lanes(watcher.doc)).toEqual({
      inbox: ["Start with Listening Campaign - at top", "No acronyms!"],
      p1: ["Think about how to engage on a more day to day basis - systems"],
      p2: ["Arts teaching AND arts integration", "Missing higher ed"],
      p3: [],
      p4: ["policies that focus on health of young people"],
    });
    expect(lanes(storedDoc(h.server, board.id))).toEqual(lanes(watcher.doc));
  });

  it("answers bad JSON with a clear message and leaves the board untouched", async () => {
    const board = await createBoardVia(h.server.url);
    const before = Y.encodeStateAsUpdate(storedDoc(h.server, board.id));
    const answer = await importInto(
      board.id,
      '{"schemaVersion": 1, "lanes": "x"',
      "application/json",
      board.facilitatorKey,
    );
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: string; message: string };
    expect(body.error).toBe("invalid-import");
    expect(body.message.length).toBeGreaterThan(5);
    expect(Y.encodeStateAsUpdate(storedDoc(h.server, board.id))).toEqual(before);
  });

  it("imports a JSON export into a new board with the same lanes, clusters, notes and authors", async () => {
    const source = await createBoardVia(h.server.url, "Source board");
    await importInto(source.id, MEETING_NOTES, "text/plain", source.facilitatorKey);
    const exported = await (
      await fetch(`${h.server.url}/api/boards/${source.id}/export?format=json`)
    ).text();
    const copy = await createBoardVia(h.server.url, "Copy");
    const answer = await importInto(copy.id, exported, "application/json", copy.facilitatorKey);
    expect(answer.status).toBe(200);
    const again = await (
      await fetch(`${h.server.url}/api/boards/${copy.id}/export?format=json`)
    ).text();
    type Exported = { lanes: { title: string; notes: { text: string }[] }[] };
    const shape = (json: string) =>
      (JSON.parse(json) as Exported).lanes.map((lane) => [
        lane.title,
        lane.notes.map((n) => n.text),
      ]);
    expect(shape(again)).toEqual(shape(exported));
    expect(readControl(storedDoc(h.server, controlDocName(copy.id))).people).toEqual(
      readControl(storedDoc(h.server, controlDocName(source.id))).people,
    );
  });
});
