/**
 * Forcing a full garbage collection in a server process through the V8 inspector
 * (`HeapProfiler.collectGarbage`, which also asks V8 to hand free pages back to the OS). Memory
 * readings then show live memory, not however much garbage the heap happened to hold. The server
 * must run with `--inspect=127.0.0.1:<port>`.
 */
import WebSocket from "ws";

interface InspectorTarget {
  webSocketDebuggerUrl?: string;
}

export class InspectorGc {
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {}

  static async connect(port: number): Promise<InspectorGc> {
    const res = await fetch(`http://127.0.0.1:${port}/json/list`);
    const targets = (await res.json()) as InspectorTarget[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error("no inspector target");
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new InspectorGc(socket);
  }

  private call(method: string): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const onMessage = (data: WebSocket.RawData): void => {
        const message = JSON.parse(data.toString()) as { id?: number; error?: { message: string } };
        if (message.id !== id) return;
        this.socket.off("message", onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve();
      };
      this.socket.on("message", onMessage);
      this.socket.send(JSON.stringify({ id, method }));
    });
  }

  /** Two full collections: the second picks up what finalizers of the first released. */
  async collect(): Promise<void> {
    await this.call("HeapProfiler.collectGarbage");
    await this.call("HeapProfiler.collectGarbage");
  }

  close(): void {
    this.socket.close();
  }
}
