import { addNote, initBoard, metaMap, notesMap, ROOT_NAMES, renameBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { limits } from "../limits";
import { writesUnderRoot } from "./rootWrites";
import { checkUpdate } from "./updateCheck";

/** The server's copy of a board and a client's replica of it. */
function boardAndReplica() {
  const server = new Y.Doc();
  initBoard(server, { title: "Board", createdAt: 1 }, "server");
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What the client's next change sends, as the stock provider sends it. */
function nextUpdate(client: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => {
    update = u;
  };
  client.on("update", capture);
  change();
  client.off("update", capture);
  if (!update) throw new Error("the change wrote nothing");
  return update;
}

function checked(update: Uint8Array, server: Y.Doc) {
  return checkUpdate(update, server, new Set(ROOT_NAMES), limits);
}

function writesMeta(update: Uint8Array, server: Y.Doc): boolean {
  const verdict = checked(update, server);
  if (!verdict.ok) throw new Error(verdict.reason);
  return writesUnderRoot(verdict.checked, server, "meta");
}

describe("writesUnderRoot(meta)", () => {
  it("lets notes and their text through", () => {
    const { server, client } = boardAndReplica();
    const add = nextUpdate(client, () => addNote(client, { lane: "p1", text: "Hi" }));
    expect(writesMeta(add, server)).toBe(false);
    Y.applyUpdate(server, add);
    const id = [...notesMap(client).keys()][0] as string;
    const typed = nextUpdate(client, () => {
      const text = (notesMap(client).get(id) as Y.Map<unknown>).get("text") as Y.Text;
      text.insert(2, " there");
    });
    expect(writesMeta(typed, server)).toBe(false);
  });

  it.each([
    ["a rename", (doc: Y.Doc) => renameBoard(doc, "Mine")],
    ["a new meta field", (doc: Y.Doc) => metaMap(doc).set("x", 1)],
    ["a deleted meta field", (doc: Y.Doc) => metaMap(doc).delete("title")],
  ])("catches %s", (_case, change) => {
    const { server, client } = boardAndReplica();
    expect(
      writesMeta(
        nextUpdate(client, () => change(client)),
        server,
      ),
    ).toBe(true);
  });

  it("lets the echo of a board renamed many times through, deletions and all", () => {
    const { server, client } = boardAndReplica();
    for (let i = 0; i < 5; i++) renameBoard(server, `Title ${i}`, "server");
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const echo = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(echo).ds.clients.size).toBeGreaterThan(0);
    expect(writesMeta(echo, server)).toBe(false);
    // Re-sending a rename the server already has changes nothing either.
    expect(writesMeta(Y.encodeStateAsUpdate(server), server)).toBe(false);
  });

  it("knows the meta items after the facilitator renamed, and lets a note's deletion through", () => {
    const { server, client } = boardAndReplica();
    const id = addNote(client, { lane: "p1", text: "gone soon" });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    expect(
      writesMeta(
        nextUpdate(client, () => notesMap(client).delete(id)),
        server,
      ),
    ).toBe(false);
    renameBoard(server, "Renamed", "server");
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    const drop = nextUpdate(client, () => metaMap(client).delete("title"));
    expect(writesMeta(drop, server)).toBe(true);
  });

  it("catches writes into a type nested under meta, also one the same update creates", () => {
    const { server, client } = boardAndReplica();
    server.transact(() => metaMap(server).set("notes", new Y.Text("agenda")), "server");
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const nested = metaMap(client).get("notes") as Y.Text;
    // Each write is applied to the server afterwards, as the facilitator's would be.
    for (const write of [
      () => nested.insert(6, "!"),
      () => nested.insert(0, "!"),
      () => nested.delete(0, 2),
    ]) {
      const update = nextUpdate(client, write);
      expect(writesMeta(update, server)).toBe(true);
      Y.applyUpdate(server, update);
    }

    const fresh = boardAndReplica();
    const creating = nextUpdate(fresh.client, () => {
      fresh.client.transact(() => {
        const map = new Y.Map<unknown>();
        metaMap(fresh.client).set("extra", map);
        map.set("a", 1);
      });
    });
    expect(writesMeta(creating, fresh.server)).toBe(true);
  });

  it("never gets an item placed next to a change the server does not have: the check refuses it", () => {
    const { server, client } = boardAndReplica();
    nextUpdate(client, () => renameBoard(client, "Unseen"));
    const after = nextUpdate(client, () => renameBoard(client, "After"));
    // `after` refers to the unseen rename only by its id: it cannot be placed.
    const verdict = checked(after, server);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? "" : verdict.reason).toMatch(/lacks/);
  });

  it("resolves a long chain of items within one update without deep recursion", () => {
    const { server, client } = boardAndReplica();
    const id = addNote(client, { lane: "p1", text: "" });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    const text = (notesMap(client).get(id) as Y.Map<unknown>).get("text") as Y.Text;
    // Inserting at the front each time: every item refers to the one before it in the update.
    const chain = nextUpdate(client, () => {
      client.transact(() => {
        for (let i = 0; i < 20_000; i++) text.insert(0, "x");
      });
    });
    expect(Y.decodeUpdate(chain).structs.length).toBeGreaterThan(10_000);
    expect(writesMeta(chain, server)).toBe(false);
  });
});
