// Run as `node --expose-gc --import tsx src/testing/boardMemoryProbe.ts <boards>` (from
// server/): opens and closes that many boards on a real server in this process, each with a
// stock client that writes a note, and prints the heap before and after as one JSON line.
import { addNote } from "@roundtable/shared";
import { connectClient, createBoardVia, waitFor } from "./clients";
import { startTestServer } from "./inProcess";

const boards = Number(process.argv[2] ?? 500);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const server = await startTestServer();

async function openAndClose(count: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const board = await createBoardVia(server.url, "Memory");
      const client = connectClient(server.url, board.id);
      await client.synced;
      addNote(client.doc, { lane: "p1", text: "a note" });
      await waitFor(() => server.rooms.loaded(board.id)?.doc.getMap("notes").size === 1, {
        what: "the note to arrive",
      });
      client.provider.destroy();
      client.doc.destroy();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await waitFor(() => server.rooms.loadedCount === 0, { timeoutMs: 30_000, what: "rooms unload" });
}

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc?.();
  }
  return process.memoryUsage().heapUsed;
}

// Warm up first: code paths compiled, caches and pools at their working size.
await openAndClose(200);
const baseline = await settledHeap();
await openAndClose(boards);
const after = await settledHeap();
await server.close();
process.stdout.write(`${JSON.stringify({ boards, baseline, after, ratio: after / baseline })}\n`);
process.exit(0);
