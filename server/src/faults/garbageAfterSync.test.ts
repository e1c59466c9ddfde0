import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { closeCode, messageType } from "../sync/protocol";
import {
  BAD_CLIENT,
  expectOnlyLegitimateContent,
  guardedServer,
  pseudoRandomBytes,
  useBadInputServer,
} from "../testing/badInputHarness";
import { waitFor } from "../testing/clients";

const h = useBadInputServer(guardedServer);

/** A raw socket's sync step 1, as a client sends it first: "here is what I have". */
function syncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

describe("garbage after a completed sync", () => {
  it.each([
    ["random bytes", pseudoRandomBytes(11, 300)],
    ["a sync update whose update is garbage", new Uint8Array([0, 2, 5, 1, 2, 3, 4, 5])],
    ["an unknown message type", new Uint8Array([42, 0])],
  ])(
    "closes a synced client that sends %s with 4400, and the board goes on",
    async (_name, bad) => {
      const board = await h.openBoard();
      const attacker = await h.raw(board.id);
      attacker.send(syncStep1());
      // The server's answer (its sync step 2 and step 1) completes the raw client's sync.
      await waitFor(() => attacker.frames.some((frame) => frame[0] === messageType.sync), {
        what: "the server's sync answer",
      });
      attacker.send(bad);
      expect((await attacker.closedWithin()).code).toBe(closeCode.malformedMessage);
      const noteId = await h.expectStillSyncing(board, "after garbage from a synced client");
      const stored = await h.unloadAndReadStored(board);
      expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
    },
  );
});
