import { addNote, controlDocName, setLocked } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { shortHash } from "./security/logSafe";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { joinAs, refusedWith } from "./testing/facilitation";
import { postMeeting } from "./testing/meetings";
import { connectRaw, rawHttp, requestUpgrade } from "./testing/rawClient";
import { type ServerProcess, spawnServer } from "./testing/serverProcess";

let server: ServerProcess;
beforeAll(async () => {
  server = await spawnServer({ env: { LOG_LEVEL: "debug" } });
});
afterAll(async () => {
  await server?.stop();
});

describe("secrets stay out of the server's logs", () => {
  it("logs neither the facilitator key nor a participant token, whatever happens", async () => {
    const board = await createBoardVia(server.url, "Logged board");
    const ada = await joinAs(server.url, board.id, "Ada");
    const facilitator = connectClient(server.url, controlDocName(board.id), new Y.Doc(), {
      key: board.facilitatorKey,
    });
    const participant = connectClient(server.url, board.id, new Y.Doc(), { token: ada.token });
    await Promise.all([facilitator.synced, participant.synced]);
    setLocked(facilitator.doc, true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    addNote(participant.doc, { lane: "p1", text: "While locked" });
    await refusedWith(participant);
    const wrongKey = connectClient(server.url, board.id, new Y.Doc(), { key: "wrong-key" });
    await waitFor(() => wrongKey.closes.length > 0 || !wrongKey.provider.wsconnecting, {
      what: "the wrong key to be refused",
    });
    for (const client of [facilitator, participant, wrongKey]) client.provider.destroy();
    await fetch(`${server.url}/api/boards/${board.id}?key=${board.facilitatorKey}`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const logs = server.logs.join("\n");
    expect(logs).toContain("closing connection");
    expect(logs).not.toContain(board.facilitatorKey);
    expect(logs).not.toContain(ada.token.split(".")[1]);
  });

  it("names boards, view links, join codes, meetings and snapshots by a short hash only", async () => {
    const board = await createBoardVia(server.url, "Capabilities");
    const viewToken = board.viewUrl.split("/v/")[1] ?? "";
    const meeting = (await postMeeting(server.url, { title: "M", groups: ["Reds"] })).json;
    const group = meeting.groups[0];
    if (!group || !viewToken) throw new Error("no group or view token");
    const auth = { authorization: `Bearer ${board.facilitatorKey}` };
    const snapshot = (await (
      await fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ name: "First" }),
      })
    ).json()) as { id: string };

    // Every path that carries one, at info; refusals and a bad frame at info and warn.
    for (const path of [
      `/api/boards/${board.id}`,
      `/api/boards/${board.id}/export?format=csv`,
      `/api/view/${viewToken}`,
      `/api/join/${board.joinCode}`,
      `/api/join/${group.joinCode.toLowerCase()}`,
      `/api/meetings/${meeting.id}`,
      `/api/snapshots/${snapshot.id}`,
      `/b/${board.id}`,
      `/v/${viewToken}`,
      `/m/${meeting.id}`,
    ]) {
      await fetch(`${server.url}${path}`);
    }
    const host = { Host: `evil.example:${server.port}` };
    await rawHttp(server.port, "GET", `/api/boards/${board.id}`, host);
    await requestUpgrade(server.port, `/ws/${board.id}`, host);
    await requestUpgrade(server.port, `/ws/${board.id}`, { Origin: "http://evil.example" });
    const viewer = connectClient(server.url, `view/${viewToken}`, new Y.Doc());
    const groupClient = connectClient(server.url, group.boardId, new Y.Doc());
    await Promise.all([viewer.synced, groupClient.synced]);
    const raw = connectRaw(server.url, board.id);
    await raw.opened;
    raw.send(new Uint8Array([0, 2, 5, 1, 2]));
    await raw.closedWithin();
    for (const client of [viewer, groupClient]) client.provider.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const lines = server.logs.flatMap((chunk) => chunk.split("\n")).filter(Boolean);
    const levels = new Set(
      lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line).level),
    );
    // debug (rooms loading), info (requests, closes) and warn (refusals) all checked.
    expect([...levels]).toEqual(expect.arrayContaining([20, 30, 40]));
    const logs = lines.join("\n");
    for (const secret of [
      board.id,
      viewToken,
      board.joinCode,
      group.joinCode,
      group.boardId,
      meeting.id,
      meeting.facilitatorKey,
      snapshot.id,
    ]) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).toContain(shortHash(board.id));
  });
});
