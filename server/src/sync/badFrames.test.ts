import { notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  BAD_CLIENT,
  docWithClient,
  expectOnlyLegitimateContent,
  FRAME_CAP,
  guardedServer,
  pseudoRandomBytes,
  updateOf,
  useBadInputServer,
} from "../testing/badInputHarness";
import { waitFor } from "../testing/clients";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

const h = useBadInputServer(guardedServer);

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
    const board = await h.openBoard();
    await h.expectRefused(board, makeFrame(), closeCode.malformedMessage);
    const noteId = await h.expectStillSyncing(board, "after a malformed frame");
    const stored = await h.unloadAndReadStored(board);
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
    const board = await h.openBoard();
    await h.expectRefused(board, message, closeCode.malformedMessage);
    const noteId = await h.expectStillSyncing(board, "after an unknown type");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });
});

describe("text frames are closed with 1003", () => {
  it("refuses a text frame, even one carrying a valid update's bytes", async () => {
    const board = await h.openBoard();
    const update = updateOf(docWithClient(BAD_CLIENT), (doc) =>
      doc.getMap("notes").set("as-text", "sent as text"),
    );
    await h.expectRefused(board, Buffer.from(syncFrame(update)).toString("latin1"), 1003);
    const noteId = await h.expectStillSyncing(board, "after a text frame");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], [BAD_CLIENT]);
  });
});

describe("frames over the size cap are closed with 1009", () => {
  it("refuses a frame just over the cap and keeps one just under it", async () => {
    const board = await h.openBoard();
    const bigClient = BAD_CLIENT + 1;
    const overCap = syncFrame(
      updateOf(docWithClient(BAD_CLIENT), (doc) =>
        doc.getMap("notes").set("huge", "x".repeat(FRAME_CAP)),
      ),
    );
    expect(overCap.length).toBeGreaterThan(FRAME_CAP);
    await h.expectRefused(board, overCap, 1009);

    // The cap, not the content, is the reason: the same write just under it is accepted.
    const underCap = syncFrame(
      updateOf(docWithClient(bigClient), (doc) =>
        doc.getMap("notes").set("large", "y".repeat(FRAME_CAP - 100)),
      ),
    );
    expect(underCap.length).toBeLessThanOrEqual(FRAME_CAP);
    const honest = await h.raw(board.id);
    honest.send(underCap);
    await waitFor(() => notesMap(board.reader.doc).has("large"), {
      what: "the large write at the second client",
    });
    expect(honest.isOpen()).toBe(true);

    const noteId = await h.expectStillSyncing(board, "after an oversized frame");
    const stored = await h.unloadAndReadStored(board);
    expectOnlyLegitimateContent(stored, [noteId, "large"], [BAD_CLIENT]);
    expect(stored.clients.has(bigClient)).toBe(true);
  });
});

describe("updates that write unknown root types are closed with 4400 and not applied", () => {
  it("refuses a write to an unknown root", async () => {
    const board = await h.openBoard();
    const evil = updateOf(docWithClient(BAD_CLIENT), (doc) => doc.getMap("evil").set("x", 1));
    await h.expectRefused(board, syncFrame(evil), closeCode.malformedMessage);
    expect(h.server.rooms.loaded(board.id)?.doc.share.has("evil")).toBe(false);
    expect(board.reader.doc.share.has("evil")).toBe(false);

    const noteId = await h.expectStillSyncing(board, "after an unknown root");
    const stored = await h.unloadAndReadStored(board);
    expect(stored.doc.share.has("evil")).toBe(false);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
  });

  it("refuses the whole update when it mixes a legal write with an unknown root", async () => {
    const board = await h.openBoard();
    const mixed = updateOf(docWithClient(BAD_CLIENT), (doc) =>
      doc.transact(() => {
        doc.getMap("notes").set("smuggler", "looks legal");
        doc.getArray("evil").insert(0, ["payload"]);
      }),
    );
    await h.expectRefused(board, syncFrame(mixed, 1), closeCode.malformedMessage);
    expect(notesMap(board.reader.doc).has("smuggler")).toBe(false);

    const noteId = await h.expectStillSyncing(board, "after a mixed update");
    const stored = await h.unloadAndReadStored(board);
    expect(stored.doc.share.has("evil")).toBe(false);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
  });
});

describe("refusal reasons", () => {
  it("still closes cleanly when the reason quotes multi-byte text longer than a close frame holds", async () => {
    const board = await h.openBoard();
    const root = "中".repeat(60);
    const evil = updateOf(docWithClient(BAD_CLIENT), (doc) => doc.getMap(root).set("x", 1));
    await h.expectRefused(board, syncFrame(evil), closeCode.malformedMessage);
    await h.expectStillSyncing(board, "after a long multi-byte reason");
  });
});
