import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { binaryFrame } from "./wireFrame";

/** What a stock `ws` client reads from frames written straight to the server's socket. */
async function received(messages: Uint8Array[]): Promise<Buffer[]> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.on("connection", (ws) => {
    const socket = (ws as unknown as { _socket: { write(data: Buffer): void } })._socket;
    for (const message of messages) socket.write(binaryFrame(message));
  });
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const got: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    client.on("message", (data: Buffer) => {
      got.push(data);
      if (got.length === messages.length) resolve();
    });
    client.on("error", reject);
  });
  client.close();
  server.close();
  return got;
}

describe("a message framed once for every socket", () => {
  it("reads back byte for byte at every length the header encodes differently", async () => {
    const sizes = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];
    const messages = sizes.map((size) =>
      Uint8Array.from({ length: size }, (_, i) => (i * 7) % 256),
    );
    const got = await received(messages);
    expect(got.map((data) => data.length)).toEqual(sizes);
    for (const [i, data] of got.entries()) {
      expect(data.equals(Buffer.from(messages[i] as Uint8Array))).toBe(true);
    }
  });
});
