import { addNote, notesMap, ROOT_NAMES } from "@roundtable/shared";
import { afterAll, beforeAll, expect } from "vitest";
import * as Y from "yjs";
import type { Limits } from "../limits";
import { mergedState } from "../storage/storage";
import { connectClient, createBoardVia, type TestClient, waitFor } from "./clients";
import { startTestServer, type TestServer } from "./inProcess";
import { connectRaw, type RawClient } from "./rawClient";

export const FRAME_CAP = 64 * 1024;
export const ALLOWED_ORIGIN = "http://allowed.example";
export const floodLimits = { messageBurst: 100, messagesPerSecond: 400, maxThrottleMs: 3000 };
/** The server the bad-input tests attack, unless they test the flood limits. */
export const guardedServer = {
  limits: { maxFrameBytes: FRAME_CAP },
  env: { ALLOWED_ORIGINS: ALLOWED_ORIGIN },
};
/** The client id of a malicious doc, whose structs must never reach storage. */
export const BAD_CLIENT = 424_242;

export type Board = { id: string; writer: TestClient; reader: TestClient };
export type Stored = { update: Uint8Array; doc: Y.Doc; clients: Set<number> };

export type BadInputServer = {
  /** The running server: read it inside tests, not while the file is being collected. */
  readonly server: TestServer;
  /** A stock client on the board, destroyed when the file is done. */
  stock(boardId: string): TestClient;
  /** An opened raw socket on the board, closed when the file (or a board's unload) is done. */
  raw(boardId: string): Promise<RawClient>;
  /** Takes a raw socket the test connected itself, to be closed with the others. */
  track(client: RawClient): RawClient;
  /** A fresh board with two synced stock clients: one writes, the other must keep receiving. */
  openBoard(): Promise<Board>;
  /**
   * The server stays up: /healthz answers 200 and a note still reaches the other
   * client within 1 s.
   */
  expectStillSyncing(board: Board, text: string): Promise<string>;
  /** Closes everyone on the board, waits for the room to unload, and reads what storage holds. */
  unloadAndReadStored(board: Board): Promise<Stored>;
  /** Sends one bad frame on a raw socket and expects the server to close it with `code`. */
  expectRefused(board: Board, message: Uint8Array | string, code: number): Promise<void>;
};

/** Starts a server for this test file in beforeAll and stops it, with its clients, in afterAll. */
export function useBadInputServer(
  options: { limits?: Partial<Limits>; env?: Record<string, string> } = {},
): BadInputServer {
  let running: TestServer | undefined;
  const stockClients: TestClient[] = [];
  const rawClients: RawClient[] = [];

  beforeAll(async () => {
    running = await startTestServer(options);
  });

  afterAll(async () => {
    for (const client of stockClients) client.provider.destroy();
    await Promise.all(rawClients.map((client) => client.close()));
    await running?.close();
  });

  const server = (): TestServer => {
    if (!running) throw new Error("the bad-input server is not running: use it inside a test");
    return running;
  };

  const stock = (boardId: string): TestClient => {
    const client = connectClient(server().url, boardId);
    stockClients.push(client);
    return client;
  };

  const track = (client: RawClient): RawClient => {
    rawClients.push(client);
    return client;
  };

  const raw = async (boardId: string): Promise<RawClient> => {
    const client = track(connectRaw(server().url, boardId));
    await client.opened;
    return client;
  };

  return {
    get server() {
      return server();
    },
    stock,
    raw,
    track,

    async openBoard() {
      const { id } = await createBoardVia(server().url);
      const writer = stock(id);
      const reader = stock(id);
      await Promise.all([writer.synced, reader.synced]);
      return { id, writer, reader };
    },

    async expectStillSyncing(board, text) {
      const health = await fetch(`${server().url}/healthz`);
      expect(health.status).toBe(200);
      const started = Date.now();
      const noteId = addNote(board.writer.doc, { lane: "inbox", text });
      await waitFor(() => notesMap(board.reader.doc).has(noteId), {
        timeoutMs: 1000,
        what: `"${text}" at the second client`,
      });
      expect(Date.now() - started).toBeLessThan(1000);
      return noteId;
    },

    async unloadAndReadStored(board) {
      const srv = server();
      board.writer.provider.destroy();
      board.reader.provider.destroy();
      await Promise.all(rawClients.map((client) => client.close()));
      await waitFor(() => srv.rooms.loaded(board.id) === undefined, {
        what: "the room to unload",
      });
      const update = mergedState(srv.storage.loadDoc(board.id));
      if (!update) throw new Error("nothing stored for the board");
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      const decoded = Y.decodeUpdate(update);
      const clients = new Set([
        ...decoded.structs.map((struct) => struct.id.client),
        ...decoded.ds.clients.keys(),
      ]);
      return { update, doc, clients };
    },

    async expectRefused(board, message, code) {
      const attacker = await raw(board.id);
      attacker.send(message);
      const closed = await attacker.closedWithin();
      expect(closed.code).toBe(code);
    },
  };
}

/** Nothing of a refused message is stored: only the board's roots, only the expected notes. */
export function expectOnlyLegitimateContent(
  stored: Stored,
  noteIds: string[],
  badClients: number[],
) {
  for (const bad of badClients) expect(stored.clients.has(bad)).toBe(false);
  for (const root of stored.doc.share.keys()) expect(ROOT_NAMES).toContain(root);
  expect([...notesMap(stored.doc).keys()].sort()).toEqual([...noteIds].sort());
}

/** A doc with a fixed client id, so its structs can be looked for in storage afterwards. */
export function docWithClient(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Deterministic bytes (mulberry32), so a failure can be replayed. */
export function pseudoRandomBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}
