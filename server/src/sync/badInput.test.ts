import { addNote, newId, notesMap, ROOT_NAMES } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { mergedState } from "../storage/storage";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";
import {
  awarenessFrame,
  connectRaw,
  type RawClient,
  rawGet,
  requestUpgrade,
  syncFrame,
} from "../testing/rawClient";
import { closeCode } from "./protocol";

const FRAME_CAP = 64 * 1024;
const ALLOWED_ORIGIN = "http://allowed.example";
const floodLimits = { messageBurst: 100, messagesPerSecond: 400, maxThrottleMs: 3000 };

let server: TestServer;
let floodServer: TestServer;
const stockClients: TestClient[] = [];
const rawClients: RawClient[] = [];

beforeAll(async () => {
  [server, floodServer] = await Promise.all([
    startTestServer({
      limits: { maxFrameBytes: FRAME_CAP },
      env: { ALLOWED_ORIGINS: ALLOWED_ORIGIN },
    }),
    startTestServer({ limits: floodLimits }),
  ]);
});

afterAll(async () => {
  for (const client of stockClients) client.provider.destroy();
  await Promise.all(rawClients.map((client) => client.close()));
  await Promise.all([server.close(), floodServer.close()]);
});

function stock(srv: TestServer, boardId: string): TestClient {
  const client = connectClient(srv.url, boardId);
  stockClients.push(client);
  return client;
}

async function raw(srv: TestServer, boardId: string): Promise<RawClient> {
  const client = connectRaw(srv.url, boardId);
  rawClients.push(client);
  await client.opened;
  return client;
}

type Board = { id: string; writer: TestClient; reader: TestClient };

/** A fresh board with two synced stock clients: one writes, the other must keep receiving. */
async function openBoard(srv: TestServer = server): Promise<Board> {
  const { id } = await createBoardVia(srv.url);
  const writer = stock(srv, id);
  const reader = stock(srv, id);
  await Promise.all([writer.synced, reader.synced]);
  return { id, writer, reader };
}

/** The server stays up: /healthz answers 200 and a note still reaches the other client within 1 s. */
async function expectStillSyncing(srv: TestServer, board: Board, text: string): Promise<string> {
  const health = await fetch(`${srv.url}/healthz`);
  expect(health.status).toBe(200);
  const started = Date.now();
  const noteId = addNote(board.writer.doc, { lane: "inbox", text });
  await waitFor(() => notesMap(board.reader.doc).has(noteId), {
    timeoutMs: 1000,
    what: `"${text}" at the second client`,
  });
  expect(Date.now() - started).toBeLessThan(1000);
  return noteId;
}

type Stored = { update: Uint8Array; doc: Y.Doc; clients: Set<number> };

/** Closes everyone on the board, waits for the room to unload, and reads what storage holds. */
async function unloadAndReadStored(srv: TestServer, board: Board): Promise<Stored> {
  board.writer.provider.destroy();
  board.reader.provider.destroy();
  await Promise.all(rawClients.map((client) => client.close()));
  await waitFor(() => srv.rooms.loaded(board.id) === undefined, { what: "the room to unload" });
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
}

/** Nothing of a refused message is stored: only the board's roots, only the expected notes. */
function expectOnlyLegitimateContent(stored: Stored, noteIds: string[], badClients: number[]) {
  for (const bad of badClients) expect(stored.clients.has(bad)).toBe(false);
  for (const root of stored.doc.share.keys()) expect(ROOT_NAMES).toContain(root);
  expect([...notesMap(stored.doc).keys()].sort()).toEqual([...noteIds].sort());
}

/** A doc with a fixed client id, so its structs can be looked for in storage afterwards. */
function docWithClient(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Deterministic bytes (mulberry32), so a failure can be replayed. */
function pseudoRandomBytes(seed: number, length: number): Uint8Array {
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

/** Sends one bad frame on a raw socket and expects the server to close it with `code`. */
async function expectRefused(
  board: Board,
  message: Uint8Array | string,
  code: number,
): Promise<void> {
  const attacker = await raw(server, board.id);
  attacker.send(message);
  const closed = await attacker.closedWithin();
  expect(closed.code).toBe(code);
}

const BAD_CLIENT = 424_242;

describe("malformed and truncated frames are closed with 4400", () => {
  const garbage = pseudoRandomBytes(7, 300);
  const truncatedUpdate = () => {
    const frame = syncFrame(
      updateOf(docWithClient(BAD_CLIENT), (doc) =>
        doc.getMap("notes").set("truncated", "half a frame"),
      ),
    );
    return frame.subarray(0, Math.floor(frame.length / 2));
  };
  const cases: [string, () => Uint8Array][] = [
    ["random bytes", () => pseudoRandomBytes(1, 256)],
    ["an empty binary frame", () => new Uint8Array(0)],
    ["a sync update whose update is garbage", () => syncFrame(garbage)],
    ["a sync step 2 whose update is garbage", () => syncFrame(garbage, 1)],
    ["a valid sync update cut in half", truncatedUpdate],
    [
      "a valid sync update with trailing bytes",
      () => {
        const update = updateOf(docWithClient(BAD_CLIENT), (doc) =>
          doc.getMap("notes").set("trailing", "x"),
        );
        return new Uint8Array([...syncFrame(update), 0, 0]);
      },
    ],
    ["an unknown sync sub-type", () => syncFrame(new Uint8Array([0]), 9)],
    ["an awareness message that does not decode", () => new Uint8Array([1, 5, 3, 0xff, 0xff])],
  ];

  it("the garbage really is not a decodable update", () => {
    expect(() => Y.decodeUpdate(garbage)).toThrow();
  });

  it.each(cases)("%s", async (_name, makeFrame) => {
    const board = await openBoard();
    await expectRefused(board, makeFrame(), closeCode.malformedMessage);
    const noteId = await expectStillSyncing(server, board, "after a malformed frame");
    const stored = await unloadAndReadStored(server, board);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
  });
});

describe("unknown message types are closed with 4400", () => {
  const cases: [string, Uint8Array][] = [
    ["type 7", new Uint8Array([7, 0, 1, 2])],
    ["type 2 (auth is server to client only)", new Uint8Array([2, 0, 0])],
    ["query-awareness with a payload", new Uint8Array([3, 1, 2, 3])],
    ["a type that is a huge varUint", new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7f])],
  ];
  it.each(cases)("%s", async (_name, message) => {
    const board = await openBoard();
    await expectRefused(board, message, closeCode.malformedMessage);
    const noteId = await expectStillSyncing(server, board, "after an unknown type");
    expectOnlyLegitimateContent(await unloadAndReadStored(server, board), [noteId], []);
  });
});

describe("text frames are closed with 1003", () => {
  it("refuses a text frame, even one carrying a valid update's bytes", async () => {
    const board = await openBoard();
    const update = updateOf(docWithClient(BAD_CLIENT), (doc) =>
      doc.getMap("notes").set("as-text", "sent as text"),
    );
    await expectRefused(board, Buffer.from(syncFrame(update)).toString("latin1"), 1003);
    const noteId = await expectStillSyncing(server, board, "after a text frame");
    expectOnlyLegitimateContent(await unloadAndReadStored(server, board), [noteId], [BAD_CLIENT]);
  });
});

describe("frames over the size cap are closed with 1009", () => {
  it("refuses a frame just over the cap and keeps one just under it", async () => {
    const board = await openBoard();
    const bigClient = BAD_CLIENT + 1;
    const overCap = syncFrame(
      updateOf(docWithClient(BAD_CLIENT), (doc) =>
        doc.getMap("notes").set("huge", "x".repeat(FRAME_CAP)),
      ),
    );
    expect(overCap.length).toBeGreaterThan(FRAME_CAP);
    await expectRefused(board, overCap, 1009);

    // The cap, not the content, is the reason: the same write just under it is accepted.
    const underCap = syncFrame(
      updateOf(docWithClient(bigClient), (doc) =>
        doc.getMap("notes").set("large", "y".repeat(FRAME_CAP - 100)),
      ),
    );
    expect(underCap.length).toBeLessThanOrEqual(FRAME_CAP);
    const honest = await raw(server, board.id);
    honest.send(underCap);
    await waitFor(() => notesMap(board.reader.doc).has("large"), {
      what: "the large write at the second client",
    });
    expect(honest.isOpen()).toBe(true);

    const noteId = await expectStillSyncing(server, board, "after an oversized frame");
    const stored = await unloadAndReadStored(server, board);
    expectOnlyLegitimateContent(stored, [noteId, "large"], [BAD_CLIENT]);
    expect(stored.clients.has(bigClient)).toBe(true);
  });
});

describe("updates that write unknown root types are closed with 4400 and not applied", () => {
  it("refuses a write to an unknown root", async () => {
    const board = await openBoard();
    const evil = updateOf(docWithClient(BAD_CLIENT), (doc) => doc.getMap("evil").set("x", 1));
    await expectRefused(board, syncFrame(evil), closeCode.malformedMessage);
    expect(server.rooms.loaded(board.id)?.doc.share.has("evil")).toBe(false);
    expect(board.reader.doc.share.has("evil")).toBe(false);

    const noteId = await expectStillSyncing(server, board, "after an unknown root");
    const stored = await unloadAndReadStored(server, board);
    expect(stored.doc.share.has("evil")).toBe(false);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
  });

  it("refuses the whole update when it mixes a legal write with an unknown root", async () => {
    const board = await openBoard();
    const mixed = updateOf(docWithClient(BAD_CLIENT), (doc) =>
      doc.transact(() => {
        doc.getMap("notes").set("smuggler", "looks legal");
        doc.getArray("evil").insert(0, ["payload"]);
      }),
    );
    await expectRefused(board, syncFrame(mixed, 1), closeCode.malformedMessage);
    expect(notesMap(board.reader.doc).has("smuggler")).toBe(false);

    const noteId = await expectStillSyncing(server, board, "after a mixed update");
    const stored = await unloadAndReadStored(server, board);
    expect(stored.doc.share.has("evil")).toBe(false);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
  });
});

describe("awareness for other clients' ids and oversized presence", () => {
  const presenceAt = (client: TestClient, clientId: number) =>
    client.provider.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined;

  it("drops a spoofed state or removal for another client's id and keeps the connection", async () => {
    const board = await openBoard();
    const victim = board.writer;
    const observer = board.reader;
    const victimId = victim.doc.clientID;
    victim.provider.awareness.setLocalStateField("user", { name: "Victim" });
    await waitFor(() => presenceAt(observer, victimId)?.user?.name === "Victim", {
      what: "the victim's presence at the observer",
    });

    const attacker = await raw(server, board.id);
    const attackerId = 777_001;
    attacker.send(
      awarenessFrame([
        { clientId: victimId, clock: 1000, state: { user: { name: "Mallory" } } },
        { clientId: attackerId, clock: 1, state: { user: { name: "Attacker" } } },
      ]),
    );
    attacker.send(awarenessFrame([{ clientId: victimId, clock: 1001, state: null }]));
    // Processed in order: once this arrives, the spoofs before it have been judged.
    attacker.send(
      awarenessFrame([{ clientId: attackerId, clock: 2, state: { user: { name: "Marker" } } }]),
    );
    await waitFor(() => presenceAt(observer, attackerId)?.user?.name === "Marker", {
      what: "the attacker's own presence at the observer",
    });

    expect(attacker.isOpen()).toBe(true);
    expect(presenceAt(observer, victimId)?.user?.name).toBe("Victim");
    expect(
      (
        server.rooms.loaded(board.id)?.awareness.getStates().get(victimId) as
          | { user?: { name?: string } }
          | undefined
      )?.user?.name,
    ).toBe("Victim");
    // The victim still owns its id: its next (lower-clocked) state is not shadowed by the spoof.
    victim.provider.awareness.setLocalStateField("user", { name: "Victim again" });
    await waitFor(() => presenceAt(observer, victimId)?.user?.name === "Victim again", {
      what: "the victim's new presence at the observer",
    });

    const noteId = await expectStillSyncing(server, board, "after a spoofed presence");
    expectOnlyLegitimateContent(await unloadAndReadStored(server, board), [noteId], []);
  });

  const oversized: [string, string][] = [
    ["ASCII", "x".repeat(5000)],
    // 3000 characters, 6000 bytes: the cap is in bytes, not UTF-16 units.
    ["multi-byte", "é".repeat(3000)],
  ];
  it.each(oversized)("closes a connection that sends an oversized %s state", async (_k, blob) => {
    const board = await openBoard();
    const attackerId = 777_002;
    await expectRefused(
      board,
      awarenessFrame([{ clientId: attackerId, clock: 1, state: { user: { name: blob } } }]),
      closeCode.malformedMessage,
    );
    expect(server.rooms.loaded(board.id)?.awareness.getStates().has(attackerId)).toBe(false);
    const noteId = await expectStillSyncing(server, board, "after oversized presence");
    expect(board.reader.provider.awareness.getStates().has(attackerId)).toBe(false);
    expectOnlyLegitimateContent(await unloadAndReadStored(server, board), [noteId], []);
  });
});

describe("floods get backpressure or a 45xx close, never a silent drop", () => {
  const FLOOD_CLIENT = 515_151;
  const floodKey = (i: number) => `flood-${i}`;
  /** One tiny valid update per message, in order: update i depends on update i - 1. */
  function floodFrames(count: number): Uint8Array[] {
    const doc = docWithClient(FLOOD_CLIENT);
    const frames: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => frames.push(syncFrame(update)));
    for (let i = 0; i < count; i++) doc.getMap("notes").set(floodKey(i), i);
    return frames;
  }
  const appliedCount = (doc: Y.Doc | undefined) => {
    const notes = doc ? notesMap(doc) : new Map();
    let count = 0;
    while (notes.has(floodKey(count))) count++;
    return count;
  };
  /** Every flood key present is one of the first `count`: what was applied is a prefix. */
  const expectPrefix = (doc: Y.Doc, count: number) => {
    const floodKeys = [...notesMap(doc).keys()].filter((key) => key.startsWith("flood-"));
    expect(floodKeys.length).toBe(count);
  };
  /** At most the burst, the refill since connecting, and the debt a throttled client may run. */
  const budgetAfter = (elapsedMs: number) =>
    floodLimits.messageBurst +
    (floodLimits.messagesPerSecond * (elapsedMs + floodLimits.maxThrottleMs)) / 1000 +
    50;

  it("holds back a burst over budget without dropping any of it", async () => {
    const board = await openBoard(floodServer);
    const flooder = connectRaw(floodServer.url, board.id);
    rawClients.push(flooder);
    await flooder.opened;
    const count = 600; // 500 over the burst: 1.25 s of debt, within the 3 s allowed.
    const frames = floodFrames(count + 1);
    const started = Date.now();
    for (const frame of frames.slice(0, count)) flooder.send(frame);
    const room = floodServer.rooms.loaded(board.id);
    await waitFor(() => appliedCount(room?.doc) === count, { what: "the whole burst applied" });
    expect(flooder.isOpen()).toBe(true);

    // Backpressure: a message sent after the burst is read only once its debt is paid: 500
    // messages over the burst at 400/s take 1.25 s, however the frames were split into reads.
    const marker = frames[count];
    if (!marker) throw new Error("no marker frame");
    flooder.send(marker);
    await waitFor(() => appliedCount(room?.doc) === count + 1, {
      what: "the message after the burst",
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(flooder.isOpen()).toBe(true);

    const noteId = await expectStillSyncing(floodServer, board, "after a held-back burst");
    const stored = await unloadAndReadStored(floodServer, board);
    expect(appliedCount(stored.doc)).toBe(count + 1);
    expectPrefix(stored.doc, count + 1);
    expect(notesMap(stored.doc).has(noteId)).toBe(true);
  });

  it("closes a blast of thousands with 4529 after applying a complete prefix", async () => {
    const board = await openBoard(floodServer);
    const started = Date.now();
    const flooder = connectRaw(floodServer.url, board.id);
    rawClients.push(flooder);
    await flooder.opened;
    const count = 5000;
    for (const frame of floodFrames(count)) flooder.send(frame);
    const room = floodServer.rooms.loaded(board.id);

    // Meanwhile the other clients on the board keep syncing.
    const noteId = await expectStillSyncing(floodServer, board, "during a blast");
    await waitFor(() => !flooder.isOpen() || appliedCount(room?.doc) === count, {
      timeoutMs: 30_000,
      what: "the blast to be applied or closed",
    });
    const applied = appliedCount(room?.doc);
    if (applied < count) {
      const closed = await flooder.closedWithin();
      expect(closed.code).toBe(closeCode.rateLimited);
    }
    // The server never took more work than the budget allows.
    expect(applied).toBeLessThanOrEqual(budgetAfter(Date.now() - started));

    const stored = await unloadAndReadStored(floodServer, board);
    expect(appliedCount(stored.doc)).toBe(applied);
    expectPrefix(stored.doc, applied);
    expect(notesMap(stored.doc).has(noteId)).toBe(true);
  });

  it("keeps the board live during a sustained flood and tells the flooder when it closes", async () => {
    const board = await openBoard(floodServer);
    const started = Date.now();
    const flooder = connectRaw(floodServer.url, board.id);
    rawClients.push(flooder);
    await flooder.opened;
    // ~1000 messages/s against 400/s allowed, for up to 8 s.
    const frames = floodFrames(8000);
    let sent = 0;
    const pump = setInterval(() => {
      for (let i = 0; i < 10 && flooder.isOpen(); i++) {
        const frame = frames[sent];
        if (!frame) break;
        flooder.send(frame);
        sent++;
      }
    }, 10);
    try {
      const room = floodServer.rooms.loaded(board.id);
      await waitFor(() => appliedCount(room?.doc) >= floodLimits.messageBurst + 50, {
        what: "the flood to pass its burst",
      });
      expect(flooder.isOpen()).toBe(true);
      const noteId = await expectStillSyncing(floodServer, board, "during a sustained flood");

      await waitFor(() => !flooder.isOpen() || sent === frames.length, {
        timeoutMs: 30_000,
        what: "the flood to end",
      });
      clearInterval(pump);
      let applied = appliedCount(room?.doc);
      if (flooder.isOpen()) {
        // Never closed: then every message sent must be applied.
        await waitFor(() => appliedCount(room?.doc) === sent, {
          timeoutMs: 30_000,
          what: "every flood message applied",
        });
        applied = sent;
      } else {
        const closed = await flooder.closedWithin();
        expect(closed.code).toBeGreaterThanOrEqual(4500);
        expect(closed.code).toBeLessThan(4600);
      }
      expect(applied).toBeLessThanOrEqual(budgetAfter(Date.now() - started));

      const stored = await unloadAndReadStored(floodServer, board);
      expect(appliedCount(stored.doc)).toBe(applied);
      expectPrefix(stored.doc, applied);
      expect(notesMap(stored.doc).has(noteId)).toBe(true);
    } finally {
      clearInterval(pump);
    }
  });
});

describe("malformed board ids are refused before storage is touched", () => {
  const tenKilobyteId = "a".repeat(10 * 1024);
  const malformed: [string, string][] = [
    ["an encoded traversal", "..%2Fx"],
    ["a raw traversal", "../x"],
    ["a 10 KB id", tenKilobyteId],
    ["a broken percent escape", "%E0%A4%A"],
    ["an id that is too short", "short"],
    ["an id with forbidden characters", "abc%24defgh"],
    ["an extra path segment", "abcdefgh/more"],
  ];

  it.each(malformed)("upgrade with %s → 400", async (_name, id) => {
    const getBoard = vi.spyOn(server.storage, "getBoard");
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    const loadedBefore = server.rooms.loadedCount;
    try {
      const answer = await requestUpgrade(server.port, `/ws/${id}`);
      expect(answer.status).toBe(400);
      expect(getBoard).not.toHaveBeenCalled();
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loadedCount).toBe(loadedBefore);
    } finally {
      getBoard.mockRestore();
      loadDoc.mockRestore();
    }
  });

  it("upgrade for an unknown, well-formed board id → 404 without loading a room", async () => {
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    const id = newId();
    try {
      expect((await requestUpgrade(server.port, `/ws/${id}`)).status).toBe(404);
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loaded(id)).toBeUndefined();
    } finally {
      loadDoc.mockRestore();
    }
  });

  it.each([
    ["an encoded traversal", "..%2Fx"],
    ["a 10 KB id", tenKilobyteId],
    ["an id that is too short", "short"],
  ])("GET /api/boards/ with %s → 400", async (_name, id) => {
    const getBoard = vi.spyOn(server.storage, "getBoard");
    try {
      const answer = await rawGet(server.port, `/api/boards/${id}`);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "malformed-id" });
      expect(getBoard).not.toHaveBeenCalled();
    } finally {
      getBoard.mockRestore();
    }
  });

  it("GET /api/boards/<unknown id> → 404, and the server stays up", async () => {
    const answer = await rawGet(server.port, `/api/boards/${newId()}`);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "unknown-board" });
    const board = await openBoard();
    await expectStillSyncing(server, board, "after malformed ids");
  });
});

describe("websocket upgrades are checked against the Origin header", () => {
  it.each([
    ["a foreign origin", "http://evil.example"],
    ["the server's host on another port", "http://127.0.0.1:1"],
    ["an opaque origin", "null"],
  ])("refuses %s with 403", async (_name, origin) => {
    const { id } = await createBoardVia(server.url);
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    try {
      const answer = await requestUpgrade(server.port, `/ws/${id}`, { Origin: origin });
      expect(answer.status).toBe(403);
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loaded(id)).toBeUndefined();
    } finally {
      loadDoc.mockRestore();
    }
    // A real websocket client with that origin is refused the same way.
    const refused = connectRaw(server.url, id, { origin });
    rawClients.push(refused);
    await expect(refused.opened).rejects.toThrow();
  });

  it.each([
    ["the same origin as the Host", (port: number) => ({ Origin: `http://127.0.0.1:${port}` })],
    ["no Origin (a Node program)", () => ({})],
    ["an origin listed in ALLOWED_ORIGINS", () => ({ Origin: ALLOWED_ORIGIN })],
  ])("accepts %s", async (_name, headers) => {
    const { id } = await createBoardVia(server.url);
    const answer = await requestUpgrade(server.port, `/ws/${id}`, headers(server.port));
    expect(answer.status).toBe(101);
  });
});
