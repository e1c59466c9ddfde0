import { addNote, controlDocName, setLocked } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { joinAs, refusedWith } from "./testing/facilitation";
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
});
