import { describe, expect, it } from "vitest";
import {
  expectOnlyLegitimateContent,
  guardedServer,
  useBadInputServer,
} from "../testing/badInputHarness";
import { type TestClient, waitFor } from "../testing/clients";
import { awarenessFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

const h = useBadInputServer(guardedServer);

describe("awareness for other clients' ids and oversized presence", () => {
  const presenceAt = (client: TestClient, clientId: number) =>
    client.provider.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined;

  it("drops a spoofed state or removal for another client's id and keeps the connection", async () => {
    const board = await h.openBoard();
    const victim = board.writer;
    const observer = board.reader;
    const victimId = victim.doc.clientID;
    victim.provider.awareness.setLocalStateField("user", { name: "Victim" });
    await waitFor(() => presenceAt(observer, victimId)?.user?.name === "Victim", {
      what: "the victim's presence at the observer",
    });

    const attacker = await h.raw(board.id);
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
        h.server.rooms.loaded(board.id)?.awareness.getStates().get(victimId) as
          | { user?: { name?: string } }
          | undefined
      )?.user?.name,
    ).toBe("Victim");
    // The victim still owns its id: its next (lower-clocked) state is not shadowed by the spoof.
    victim.provider.awareness.setLocalStateField("user", { name: "Victim again" });
    await waitFor(() => presenceAt(observer, victimId)?.user?.name === "Victim again", {
      what: "the victim's new presence at the observer",
    });

    const noteId = await h.expectStillSyncing(board, "after a spoofed presence");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });

  const oversized: [string, string][] = [
    ["ASCII", "x".repeat(5000)],
    // 3000 characters, 6000 bytes: the cap is in bytes, not UTF-16 units.
    ["multi-byte", "é".repeat(3000)],
  ];
  it.each(oversized)("closes a connection that sends an oversized %s state", async (_k, blob) => {
    const board = await h.openBoard();
    const attackerId = 777_002;
    await h.expectRefused(
      board,
      awarenessFrame([{ clientId: attackerId, clock: 1, state: { user: { name: blob } } }]),
      closeCode.malformedMessage,
    );
    expect(h.server.rooms.loaded(board.id)?.awareness.getStates().has(attackerId)).toBe(false);
    const noteId = await h.expectStillSyncing(board, "after oversized presence");
    expect(board.reader.provider.awareness.getStates().has(attackerId)).toBe(false);
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });
});
