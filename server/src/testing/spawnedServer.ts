import { afterAll, beforeAll } from "vitest";
import { connectClient, type TestClient } from "./clients";
import { type ServerProcess, spawnServer } from "./serverProcess";

/**
 * A server process for the tests of one `describe`: started before them and stopped after
 * them, once the stock clients they opened are destroyed and `beforeStop` has run.
 */
export function useServerProcess(beforeStop: () => Promise<unknown> | undefined = () => undefined) {
  let running: ServerProcess | undefined;
  const clients: TestClient[] = [];
  const server = (): ServerProcess => {
    if (!running) throw new Error("the server process is not running: use it inside a test");
    return running;
  };
  beforeAll(async () => {
    running = await spawnServer();
  });
  afterAll(async () => {
    for (const client of clients) client.provider.destroy();
    await beforeStop();
    await running?.stop();
  });
  return {
    get server(): ServerProcess {
      return server();
    },
    /** A stock client on the board, destroyed when the tests are done. */
    stock(boardId: string): TestClient {
      const client = connectClient(server().url, boardId);
      clients.push(client);
      return client;
    },
  };
}
