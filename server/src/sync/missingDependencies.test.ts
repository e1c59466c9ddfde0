import { notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  BAD_CLIENT,
  docWithClient,
  expectOnlyLegitimateContent,
  updateOf,
  useBadInputServer,
} from "../testing/badInputHarness";
import { connectClient } from "../testing/clients";
import { itemUnderFutureParent } from "../testing/craftedUpdates";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

const h = useBadInputServer();

/**
 * Case 9 of the fault table (Why 2): an update whose items depend on state neither the server
 * nor the update holds is refused before it is stored or sent, so no client receives it and
 * nothing is kept pending.
 */
describe("updates with missing dependencies", () => {
  const missing: [string, () => Uint8Array][] = [
    [
      "an item under a parent at a future clock of its own client",
      () => itemUnderFutureParent(BAD_CLIENT),
    ],
    [
      "a change whose client's earlier changes are left out",
      () => {
        const doc = docWithClient(BAD_CLIENT);
        updateOf(doc, (d) => d.getMap("notes").set("first", "never sent"));
        return updateOf(doc, (d) => d.getMap("notes").set("second", "sent alone"));
      },
    ],
    [
      "an item next to another client's change nobody sent",
      () => {
        const other = docWithClient(BAD_CLIENT + 1);
        other.getMap("notes").set("k", "unsent");
        const doc = docWithClient(BAD_CLIENT);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
        // The overwrite names the unsent value as its origin; the update leaves it out.
        return updateOf(doc, (d) => d.getMap("notes").set("k", "overwrite"));
      },
    ],
  ];

  it.each(missing)("%s: 4400, never stored or relayed", async (_name, make) => {
    const board = await h.openBoard();
    const update = make();
    const received: Uint8Array[] = [];
    board.reader.doc.on("update", (u: Uint8Array) => received.push(u));
    const attacker = await h.raw(board.id);
    attacker.send(syncFrame(update));
    const closed = await attacker.closedWithin();
    expect(closed.code).toBe(closeCode.malformedMessage);
    expect(closed.reason).toMatch(/lacks|depend/);
    // The other stock client stays healthy and never saw the update.
    const noteId = await h.expectStillSyncing(board, "after a poison update");
    for (const u of received) {
      expect(Y.decodeUpdate(u).structs.some((s) => s.id.client === BAD_CLIENT)).toBe(false);
    }
    expect(board.reader.doc.store.pendingStructs).toBeNull();
    const room = h.server.rooms.loaded(board.id);
    expect(room?.doc.store.pendingStructs).toBeNull();
    const stored = await h.unloadAndReadStored(board);
    expectOnlyLegitimateContent(stored, [noteId], [BAD_CLIENT]);
    // A reload of the board works: a new client gets the note.
    const reloaded = connectClient(h.server.url, board.id);
    await reloaded.synced;
    expect(notesMap(reloaded.doc).has(noteId)).toBe(true);
    reloaded.provider.destroy();
  });

  it("takes a deletion of items it does not have: Yjs keeps it aside without harm", async () => {
    const board = await h.openBoard();
    const unsent = docWithClient(BAD_CLIENT);
    unsent.getMap("notes").set("ghost", "never sent");
    const doc = docWithClient(BAD_CLIENT + 7);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(unsent));
    // Only the deletion: the item it deletes stays out of the update.
    const onlyDeletes = updateOf(doc, (d) => d.getMap("notes").delete("ghost"));
    expect(Y.decodeUpdate(onlyDeletes).structs).toEqual([]);
    expect(Y.decodeUpdate(onlyDeletes).ds.clients.has(BAD_CLIENT)).toBe(true);
    const attacker = await h.raw(board.id);
    attacker.send(syncFrame(onlyDeletes));
    await h.expectStillSyncing(board, "after a deletion of unknown items");
    expect(attacker.isOpen()).toBe(true);
  });
});
