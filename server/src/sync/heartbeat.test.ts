import { describe, expect, it } from "vitest";
import { createBoardVia, waitFor } from "../testing/clients";
import { connectRaw } from "../testing/rawClient";
import { useServerWithClients } from "../testing/serverWithClients";
import { messageType } from "./protocol";

const h = useServerWithClients();

describe("the heartbeat a client may ask for", () => {
  it("answers a presence query also in a room where nobody has presence", async () => {
    const { id } = await createBoardVia(h.server.url);
    const raw = connectRaw(h.server.url, id);
    await raw.opened;
    const answers = () => raw.frames.filter((frame) => frame[0] === messageType.awareness).length;
    expect(answers()).toBe(0);
    raw.send(new Uint8Array([messageType.queryAwareness]));
    await waitFor(() => answers() === 1, { what: "an answer to the presence query" });
    // Asked again, answered again: the client can tell a live socket from a silent one.
    raw.send(new Uint8Array([messageType.queryAwareness]));
    await waitFor(() => answers() === 2, { what: "a second answer" });
    await raw.close();
  });
});
