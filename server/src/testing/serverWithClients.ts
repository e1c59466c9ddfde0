import { afterAll, afterEach, beforeAll } from "vitest";
import * as Y from "yjs";
import { connectClient, type TestClient } from "./clients";
import { startTestServer, type TestServer } from "./inProcess";

/**
 * The real server for one test file, and stock clients opened by its tests, each closed after
 * the test that opened it. Call at the top of a test file.
 */
export function useServerWithClients() {
  let server: TestServer | undefined;
  let clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const client of clients) client.provider.destroy();
    clients = [];
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = (): TestServer => {
    if (!server) throw new Error("the test server is not running yet");
    return server;
  };
  return {
    get server(): TestServer {
      return running();
    },
    /** A stock client on `room` (a board id or a path under it), with `params` in its query. */
    open(room: string, params: Record<string, string> = {}): TestClient {
      const client = connectClient(running().url, room, new Y.Doc(), params);
      clients.push(client);
      return client;
    },
  };
}
