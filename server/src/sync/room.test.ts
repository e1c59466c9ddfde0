import { lanesMap, notesMap, readBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { limits } from "../limits";
import { createLogger } from "../log";
import { noteUpdate, storageWithBoard } from "../testing/storedBoards";
import { Room, type RoomMember } from "./room";

function member(): RoomMember & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    received,
    ownedClientIds: new Set(),
    presenceOwner: `member:${Math.random()}`,
    send: (m) => received.push(m),
    close: () => {},
  };
}

const log = createLogger("silent");

describe("Room", () => {
  it("stores an update before sending it to the other members, never back to the sender", () => {
    const storage = storageWithBoard("room-test-1");
    const room = new Room("room-test-1", storage, limits, log, () => {});
    const sender = member();
    const other = member();
    room.members.add(sender).add(other);
    const sent: string[] = [];
    const append = storage.appendUpdate.bind(storage);
    storage.appendUpdate = (name, update) => {
      sent.push(`stored with ${other.received.length} sent`);
      return append(name, update);
    };
    expect(room.applyClientUpdate(noteUpdate("hello"), sender)).toEqual({ ok: true });
    expect(sent).toEqual(["stored with 0 sent"]);
    expect(other.received).toHaveLength(1);
    expect(sender.received).toHaveLength(0);
  });

  it("compacts its update log into a snapshot past the threshold", () => {
    const storage = storageWithBoard("room-test-1");
    const room = new Room(
      "room-test-1",
      storage,
      { ...limits, compactAfterUpdates: 10 },
      log,
      () => {},
    );
    for (let i = 0; i < 25; i++) room.applyClientUpdate(noteUpdate(`n${i}`), member());
    room.document.compactNow();
    const stored = storage.loadDoc("room-test-1");
    expect(stored.updates).toHaveLength(0);
    room.destroy();
    const reloaded = new Room("room-test-1", storage, limits, log, () => {});
    expect(notesMap(reloaded.doc).size).toBe(25);
  });

  it("refuses writes that would take a board past its size cap, storing nothing", () => {
    const storage = storageWithBoard("room-test-1");
    const room = new Room(
      "room-test-1",
      storage,
      { ...limits, maxBoardBytes: 4000 },
      log,
      () => {},
    );
    const verdict = room.applyClientUpdate(
      noteUpdate("x".repeat(1900) + "y".repeat(1900)),
      member(),
    );
    expect(verdict).toMatchObject({ ok: false, code: 4413 });
    expect(readBoard(room.doc).notes).toHaveLength(0);
    expect(storage.loadDoc("room-test-1").updates).toHaveLength(0);
  });

  it("stops and reports when storage fails, without broadcasting what it could not store", async () => {
    const storage = storageWithBoard("room-test-1");
    let broken = false;
    const room = new Room("room-test-1", storage, limits, log, () => {
      broken = true;
    });
    const other = member();
    room.members.add(other);
    storage.appendUpdate = () => {
      throw new Error("disk full");
    };
    expect(room.applyClientUpdate(noteUpdate("lost?"), member())).toMatchObject({
      ok: false,
      code: 1011,
    });
    expect(other.received).toHaveLength(0);
    await Promise.resolve();
    expect(broken).toBe(true);
  });
});

describe("Room loaded from a snapshot", () => {
  it("answers a fresh client with the stored bytes, and applies them once, when first needed", async () => {
    const storage = storageWithBoard("room-test-1");
    const stored = storage.loadDoc("room-test-1").snapshot;
    const room = new Room("room-test-1", storage, limits, log, () => {});
    const fresh = Y.encodeStateVector(new Y.Doc());
    expect(room.document.missingFor(fresh)).toEqual(stored);
    let step1Sent = false;
    room.document.afterLoad(() => {
      step1Sent = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(step1Sent).toBe(false);
    expect(readBoard(room.doc).lanes).toHaveLength(5);
    expect(step1Sent).toBe(true);
    // Loading stored state does not store it again.
    expect(storage.loadDoc("room-test-1").updates).toHaveLength(0);
  });

  it("applies the snapshot first when an update or a known client arrives before the deferred apply", () => {
    const storage = storageWithBoard("room-test-1");
    const room = new Room("room-test-1", storage, limits, log, () => {});
    const known = new Y.Doc();
    Y.applyUpdate(known, storage.loadDoc("room-test-1").snapshot ?? new Uint8Array());
    // A client that already holds the board gets only what it lacks: nothing.
    const missing = room.document.missingFor(Y.encodeStateVector(known));
    const probe = new Y.Doc();
    Y.applyUpdate(probe, missing);
    expect(notesMap(probe).size).toBe(0);
    expect(lanesMap(probe).size).toBe(0);

    const room2 = new Room("room-test-1", storage, limits, log, () => {});
    expect(room2.applyClientUpdate(noteUpdate("early"), member())).toEqual({ ok: true });
    expect(readBoard(room2.doc).lanes).toHaveLength(5);
    expect(notesMap(room2.doc).size).toBe(1);
    expect(storage.loadDoc("room-test-1").updates).toHaveLength(1);
  });
});
