import { afterAll, afterEach, beforeAll } from "vitest";
import * as Y from "yjs";
import { mergedState } from "../storage/storage";
import { connectClient, createBoardVia, type TestClient, waitFor } from "./clients";
import { startTestServer, type TestServer } from "./inProcess";

export type Participant = { participantId: string; token: string };

export async function registerVia(
  serverUrl: string,
  boardId: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${serverUrl}/api/boards/${boardId}/participants`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export async function joinAs(
  serverUrl: string,
  boardId: string,
  name: string,
): Promise<Participant> {
  const { status, json } = await registerVia(serverUrl, boardId, { name });
  if (status !== 201) throw new Error(`joining answered ${status}`);
  return json as unknown as Participant;
}

/** A board with a facilitator and two participants, and the stock clients a test opens on it. */
export async function facilitatedBoard(server: TestServer) {
  const board = await createBoardVia(server.url, "Facilitated board");
  const ada = await joinAs(server.url, board.id, "Ada");
  const ben = await joinAs(server.url, board.id, "Ben");
  const opened: TestClient[] = [];
  const open = (room: string, params: Record<string, string> = {}) => {
    const client = connectClient(server.url, room, new Y.Doc(), params);
    opened.push(client);
    return client;
  };
  return {
    board,
    ada,
    ben,
    facilitator: (room = `${board.id}/control`) => open(room, { key: board.facilitatorKey }),
    as: (who: Participant, room: string) => open(room, { token: who.token }),
    anonymous: (room: string) => open(room),
    viewer: (room: string) => open(room),
    close: () => {
      for (const client of opened) client.provider.destroy();
    },
  };
}

/** Resolves with the first close the server sent this client, and stops it from reconnecting. */
export async function refusedWith(client: TestClient): Promise<{ code: number; reason: string }> {
  await waitFor(() => client.closes.length > 0, { what: "the server to close the connection" });
  client.provider.disconnect();
  return client.closes[0] as { code: number; reason: string };
}

/** The document as storage holds it, read as a fresh server would. */
export function storedDoc(server: TestServer, docName: string): Y.Doc {
  const doc = new Y.Doc();
  const state = mergedState(server.storage.loadDoc(docName));
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

/**
 * The in-process server for one test file, and facilitated boards its tests open, each closed
 * after the test that opened it. Call at the top of a test file.
 */
export function useFacilitatedBoards() {
  let server: TestServer | undefined;
  let cleanUps: (() => void)[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const cleanUp of cleanUps) cleanUp();
    cleanUps = [];
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = (): TestServer => {
    if (!server) throw new Error("the test server is not running yet");
    return server;
  };
  return {
    get server(): TestServer {
      return running();
    },
    /** A board with its facilitator and two participants, closed after the test. */
    async board() {
      const f = await facilitatedBoard(running());
      cleanUps.push(f.close);
      return f;
    },
  };
}
