import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, body: unknown, key?: string) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function importNotes(id: string, key: string, text: string) {
  const answer = await fetch(`${server.url}/api/boards/${id}/import`, {
    method: "POST",
    headers: { "content-type": "text/plain", authorization: `Bearer ${key}` },
    body: text,
  });
  expect(answer.status).toBe(200);
}

describe("named snapshots", () => {
  it("stores a snapshot the facilitator takes, lists it, and serves it read-only at its own link", async () => {
    const board = await createBoardVia(server.url, "Snapshot board");
    await importNotes(board.id, board.facilitatorKey, "Priority one -\n  • Arts coaches");
    expect(
      (await post(`/api/boards/${board.id}/snapshots`, { name: "After small groups" })).status,
    ).toBe(401);
    const bad = await post(
      `/api/boards/${board.id}/snapshots`,
      { name: " " },
      board.facilitatorKey,
    );
    expect(bad.status).toBe(400);

    const taken = await post(
      `/api/boards/${board.id}/snapshots`,
      { name: "After small groups" },
      board.facilitatorKey,
    );
    expect(taken.status).toBe(201);
    const first = (await taken.json()) as { id: string; name: string; url: string };
    expect(first.name).toBe("After small groups");
    expect(first.url).toBe(`${server.url}/s/${first.id}`);
    expect(first.url).not.toContain(board.id);

    await importNotes(board.id, board.facilitatorKey, "Priority two -\n  • Missing higher ed");
    const second = (await (
      await post(
        `/api/boards/${board.id}/snapshots`,
        { name: "End of meeting" },
        board.facilitatorKey,
      )
    ).json()) as { id: string };

    const list = (await (await fetch(`${server.url}/api/boards/${board.id}/snapshots`)).json()) as {
      snapshots: { name: string }[];
    };
    // Each import first kept the board as it was, under "Before import HH:MM".
    const named = list.snapshots.map((s) => s.name).filter((n) => !n.startsWith("Before import"));
    expect(named).toEqual(["End of meeting", "After small groups"]);
    expect(list.snapshots.filter((s) => /^Before import \d\d:\d\d$/.test(s.name))).toHaveLength(2);

    // The first snapshot stays as it was when it was taken.
    const opened = (await (await fetch(`${server.url}/api/snapshots/${first.id}`)).json()) as {
      name: string;
      snapshot: { lanes: { id: string; notes: { text: string }[] }[] };
      others: { id: string; name: string }[];
    };
    expect(opened.name).toBe("After small groups");
    const texts = opened.snapshot.lanes.flatMap((lane) => lane.notes.map((note) => note.text));
    expect(texts).toEqual(["Arts coaches"]);
    expect(opened.others).toContainEqual(
      expect.objectContaining({ id: second.id, name: "End of meeting" }),
    );

    const served = await (await fetch(`${server.url}/api/snapshots/${first.id}`)).text();
    expect(served, "a snapshot's link must not reveal the board id").not.toContain(board.id);
    const md = await fetch(`${server.url}/api/snapshots/${first.id}/export?format=md`);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain("Arts coaches");
    expect((await fetch(`${server.url}/api/snapshots/unknownsnapshot1`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/snapshots/..%2Fx`)).status).toBe(400);
  });
});
