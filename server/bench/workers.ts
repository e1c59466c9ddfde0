/** Orchestrator side of the client worker processes: spawning them and typed request/response. */
import { type ChildProcess, fork } from "node:child_process";
import { now } from "./clock";
import { TargetError } from "./errors";
import { paths, tsxLoader } from "./paths";
import type { Commands, CommandType, Request, Response, Results } from "./protocol";

interface Pending {
  resolve: (result: Results[CommandType]) => void;
  reject: (error: Error) => void;
}

export class ClientWorker {
  readonly pid: number;
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;

  constructor(readonly index: number) {
    this.child = fork(paths.clientsEntry, [], {
      // --expose-gc: the worker collects between runs (see `close` in clients.ts).
      execArgv: ["--import", tsxLoader(), "--expose-gc"],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    if (this.child.pid === undefined) throw new Error("client worker did not start");
    this.pid = this.child.pid;
    this.child.on("message", (message: Response) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else {
        const text = `worker ${this.index}: ${message.error}`;
        pending.reject(message.target ? new TargetError(text) : new Error(text));
      }
    });
    this.child.on("exit", (code, signal) => {
      this.exited = true;
      const error = new Error(`client worker ${this.index} exited (${code ?? signal})`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    });
  }

  request<K extends CommandType>(type: K, params: Commands[K]): Promise<Results[K]> {
    if (this.exited) return Promise.reject(new Error(`client worker ${this.index} has exited`));
    const id = this.nextId++;
    return new Promise<Results[K]>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (result: Results[CommandType]) => void,
        reject,
      });
      const request = { id, type, params } as Request;
      this.child.send(request);
    });
  }

  /** Skew of this worker's clock against the orchestrator's, from the fastest of several pings. */
  async clockSkewMs(pings = 20): Promise<number> {
    let bestRtt = Number.POSITIVE_INFINITY;
    let skew = 0;
    for (let i = 0; i < pings; i++) {
      const sent = now();
      const { now: remote } = await this.request("clock", {});
      const received = now();
      if (received - sent < bestRtt) {
        bestRtt = received - sent;
        skew = remote - (sent + received) / 2;
      }
    }
    return skew;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }
}

export async function startWorkers(count: number): Promise<ClientWorker[]> {
  const workers = Array.from({ length: count }, (_, i) => new ClientWorker(i));
  // A first round-trip proves each worker loaded; it also warms the IPC path.
  await Promise.all(workers.map((worker) => worker.request("clock", {})));
  return workers;
}

/** Splits `items` round-robin over `parts` lists. */
export function deal<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => {
    out[i % parts]?.push(item);
  });
  return out;
}
