import { describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import {
  expectOnlyLegitimateContent,
  guardedServer,
  useBadInputServer,
} from "../testing/badInputHarness";
import { connectClient, type TestClient, waitFor } from "../testing/clients";
import { joinAs } from "../testing/facilitation";
import { awarenessFrame } from "../testing/rawClient";

const h = useBadInputServer(guardedServer);

type Shown = { id?: string; name?: string };
const shownAt = (client: TestClient, clientId: number) =>
  client.provider.awareness.getStates().get(clientId) as Shown | undefined;

/** Sends a marker presence of its own on a raw socket: once it shows, the frames before it were judged. */
async function judged(raw: { send(data: Uint8Array): void }, observer: TestClient, id: number) {
  const name = `marker ${Math.random()}`;
  raw.send(awarenessFrame([{ clientId: id, clock: Date.now(), state: { name } }]));
  await waitFor(() => shownAt(observer, id)?.name === name, { what: "the marker presence" });
}

describe("a connection speaks for one presence id, bound to its owner", () => {
  it("lets one socket claim a single id: more ids, at once or later, are dropped", async () => {
    const board = await h.openBoard();
    const observer = board.reader;
    const attacker = await h.raw(board.id);
    attacker.send(
      awarenessFrame([
        { clientId: 881_001, clock: 1, state: { name: "One" } },
        { clientId: 881_002, clock: 1, state: { name: "Two" } },
        { clientId: 881_003, clock: 1, state: { name: "Three" } },
      ]),
    );
    attacker.send(awarenessFrame([{ clientId: 881_004, clock: 1, state: { name: "Four" } }]));
    await judged(attacker, observer, 881_001);
    expect(attacker.isOpen()).toBe(true);
    const states = observer.provider.awareness.getStates();
    for (const id of [881_002, 881_003, 881_004]) expect(states.has(id)).toBe(false);
    expect(h.server.rooms.loaded(board.id)?.awareness.getStates().size).toBe(1);
    const noteId = await h.expectStillSyncing(board, "after many presence ids");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });

  it("closes a 1 MB presence state before it reaches anyone", async () => {
    const board = await h.openBoard();
    const attacker = await h.raw(board.id);
    attacker.send(
      awarenessFrame([{ clientId: 881_010, clock: 1, state: { name: "x".repeat(1024 * 1024) } }]),
    );
    const closed = await attacker.closedWithin();
    // Over this server's frame cap (1009); under a larger cap, over the 4 KB state cap (4400).
    expect([1009, 4400]).toContain(closed.code);
    expect(board.reader.provider.awareness.getStates().has(881_010)).toBe(false);
    const noteId = await h.expectStillSyncing(board, "after a 1 MB presence");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });

  const gaps: [string, (victim: TestClient) => void][] = [
    ["it leaves cleanly", (victim) => victim.provider.disconnect()],
    // A dropped network: the server sees the socket go without a close frame (1006).
    [
      "its socket drops",
      (victim) => (victim.provider.ws as unknown as WebSocket | null)?.terminate(),
    ],
  ];
  it.each(gaps)(
    "keeps a participant's id theirs in a reconnect gap when %s",
    async (_how, drop) => {
      const board = await h.openBoard();
      const observer = board.reader;
      const person = await joinAs(h.server.url, board.id, "Victoria");
      const victim = connectClient(h.server.url, board.id, new Y.Doc(), { token: person.token });
      const victimId = victim.doc.clientID;
      victim.provider.awareness.setLocalState({ id: person.participantId, name: "Victoria" });
      await waitFor(() => shownAt(observer, victimId)?.name === "Victoria", { what: "the victim" });

      victim.provider.shouldConnect = false;
      drop(victim);
      await waitFor(() => !shownAt(observer, victimId), { what: "the victim's presence to go" });
      const attacker = await h.raw(board.id);
      attacker.send(
        awarenessFrame([{ clientId: victimId, clock: 1_000_000, state: { name: "Mallory" } }]),
      );
      await judged(attacker, observer, 881_020);
      expect(shownAt(observer, victimId)).toBeUndefined();
      expect(h.server.rooms.loaded(board.id)?.awareness.getStates().has(victimId)).toBe(false);

      // The victim comes back with its own clock and is shown, not shadowed by the fake one.
      victim.provider.connect();
      await waitFor(() => shownAt(observer, victimId)?.name === "Victoria", {
        what: "the victim's presence after reconnecting",
      });
      expect(victim.provider.awareness.getLocalState()).toEqual({
        id: person.participantId,
        name: "Victoria",
      });
      victim.provider.destroy();
      const noteId = await h.expectStillSyncing(board, "after a presence hijack");
      expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
    },
  );

  it("holds an anonymous socket's id after it dropped, for the awareness timeout", async () => {
    const board = await h.openBoard();
    const observer = board.reader;
    const victim = h.stock(board.id);
    await victim.synced;
    const victimId = victim.doc.clientID;
    victim.provider.awareness.setLocalState({ name: "Anonymous" });
    await waitFor(() => shownAt(observer, victimId)?.name === "Anonymous", { what: "the victim" });
    victim.provider.shouldConnect = false;
    (victim.provider.ws as unknown as WebSocket | null)?.terminate();
    await waitFor(() => !shownAt(observer, victimId), { what: "the victim's presence to go" });

    const attacker = await h.raw(board.id);
    attacker.send(awarenessFrame([{ clientId: victimId, clock: 99, state: { name: "Mallory" } }]));
    await judged(attacker, observer, 881_030);
    expect(shownAt(observer, victimId)).toBeUndefined();
    const noteId = await h.expectStillSyncing(board, "after taking an anonymous id");
    expectOnlyLegitimateContent(await h.unloadAndReadStored(board), [noteId], []);
  });

  it("shows a participant under the roster's name and id, whatever their presence claims", async () => {
    const board = await h.openBoard();
    const observer = board.reader;
    const person = await joinAs(h.server.url, board.id, "Pat");
    const other = await joinAs(h.server.url, board.id, "Sam");
    const client = connectClient(h.server.url, board.id, new Y.Doc(), { token: person.token });
    await client.synced;
    const clientId = client.doc.clientID;
    client.provider.awareness.setLocalState({
      id: other.participantId,
      name: "Sam",
      color: "#f00",
    });
    await waitFor(() => shownAt(observer, clientId)?.name === "Pat", { what: "the roster's name" });
    expect(shownAt(observer, clientId)).toEqual({
      id: person.participantId,
      name: "Pat",
      color: "#f00",
    });

    // A rename through the API reaches everyone's view of their presence at once.
    const renamed = await fetch(
      `${h.server.url}/api/boards/${board.id}/participants/${person.participantId}`,
      {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${person.token}` },
        body: JSON.stringify({ name: "Patricia" }),
      },
    );
    expect(renamed.status).toBe(200);
    await waitFor(() => shownAt(observer, clientId)?.name === "Patricia", {
      what: "the new name in presence",
    });
    // The owner's own next change is still relayed (its clock moved past the server's).
    client.provider.awareness.setLocalStateField("color", "#0f0");
    await waitFor(() => (shownAt(observer, clientId) as { color?: string })?.color === "#0f0", {
      what: "the participant's next presence change",
    });
    expect(shownAt(observer, clientId)?.name).toBe("Patricia");
    client.provider.destroy();
  });
});
