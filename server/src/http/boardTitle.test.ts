import { readBoardTitle, renameBoard } from "@roundtable/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  connectClient,
  createBoardVia,
  type TestClient,
  waitFor,
  waitForAnswer,
} from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
let clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients) client.provider.destroy();
  clients = [];
});
afterAll(async () => {
  await server.close();
});

const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function json(path: string): Promise<Record<string, unknown>> {
  return (await (await api(path)).json()) as Record<string, unknown>;
}

function fileName(response: Response): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? "";
}

/** The export's file name: the title's slug, the day of the export, the format. */
const named = (format: string) =>
  new RegExp(`^q3-retro-what-next-\\d{4}-\\d{2}-\\d{2}\\.${format}$`);

describe("the board's title, renamed live by the facilitator", () => {
  it("reaches every answer and export that names the board", async () => {
    const board = await createBoardVia(server.url, "Workshop");
    const facilitator = connectClient(server.url, board.id, new Y.Doc(), {
      key: board.facilitatorKey,
    });
    const watcher = connectClient(server.url, board.id);
    clients.push(facilitator, watcher);
    await Promise.all([facilitator.synced, watcher.synced]);

    renameBoard(facilitator.doc, "  Q3 Retro: what next? ");
    await waitFor(() => readBoardTitle(watcher.doc) === "Q3 Retro: what next?", {
      what: "the rename to reach the other client",
    });
    await waitForAnswer(async () => (await json(`/api/boards/${board.id}`)).title !== "Workshop", {
      what: "the board's answer to carry the new title",
    });
    expect(await json(`/api/boards/${board.id}`)).toMatchObject({
      id: board.id,
      title: "Q3 Retro: what next?",
    });

    for (const format of ["md", "csv", "json"]) {
      const exported = await api(`/api/boards/${board.id}/export?format=${format}`);
      expect(exported.status).toBe(200);
      expect(fileName(exported)).toMatch(named(format));
      const text = await exported.text();
      if (format === "md") expect(text.startsWith("# Q3 Retro: what next?\n")).toBe(true);
      // The JSON export is also what the printable page draws.
      if (format === "json") {
        expect(JSON.parse(text)).toMatchObject({ board: { title: "Q3 Retro: what next?" } });
      }
    }

    const view = board.viewUrl.replace(`${server.url}/v/`, "/api/view/");
    expect(await json(view)).toMatchObject({ title: "Q3 Retro: what next?" });
    const viewExport = await api(`${view}/export?format=md`);
    expect(fileName(viewExport)).toMatch(named("md"));
    expect(await viewExport.text()).toContain("# Q3 Retro: what next?");

    expect(await json(`/api/join/${board.joinCode}`)).toMatchObject({
      boardId: board.id,
      title: "Q3 Retro: what next?",
      group: "",
      meetingTitle: "",
    });

    const taken = await api(`/api/boards/${board.id}/snapshots`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${board.facilitatorKey}`,
      },
      body: JSON.stringify({ name: "After renaming" }),
    });
    expect(taken.status).toBe(201);
    const { id: snapshotId } = (await taken.json()) as { id: string };
    const snapshotExport = await api(`/api/snapshots/${snapshotId}/export?format=csv`);
    expect(fileName(snapshotExport)).toMatch(named("csv"));
    expect(await json(`/api/snapshots/${snapshotId}`)).toMatchObject({
      snapshot: { board: { title: "Q3 Retro: what next?" } },
    });
  });

  it("keeps the rename after the board leaves memory", async () => {
    const board = await createBoardVia(server.url, "Before");
    const facilitator = connectClient(server.url, board.id, new Y.Doc(), {
      key: board.facilitatorKey,
    });
    clients.push(facilitator);
    await facilitator.synced;
    renameBoard(facilitator.doc, "After");
    await waitForAnswer(async () => (await json(`/api/boards/${board.id}`)).title === "After", {
      what: "the rename to be stored",
    });
    facilitator.provider.destroy();
    await waitFor(() => server.rooms.loaded(board.id) === undefined, {
      what: "the room to unload",
    });
    expect(await json(`/api/boards/${board.id}`)).toMatchObject({ title: "After" });
  });
});
