/** Messages between the bench orchestrator and its client worker processes (IPC, advanced serialization). */

export interface ClientSpec {
  /** Unique within the worker; later commands address clients by key. */
  key: string;
  room: string;
  /** Shown in the client's awareness state, like a participant's name. */
  name: string;
}

export type WritePace = "steady" | "random";

export interface WriterSpec {
  key: string;
  /** Global writer index (across workers), used in write tokens and to phase the writers. */
  index: number;
}

/** What every client of one room must hold once the writes have converged. */
export interface RoomExpectation {
  writes: number;
  notes: number;
  /** The room's writers are the global writer indices firstWriter … firstWriter + writers − 1. */
  firstWriter: number;
  writers: number;
}

export interface Commands {
  /** Reads the worker's clock, to check that clocks agree across processes. */
  clock: Record<string, never>;
  /** Connects clients in batches and waits until each batch is synced. */
  connect: {
    wsBase: string;
    clients: ClientSpec[];
    batchSize: number;
    timeoutMs: number;
    /** Notes each client adds (one transaction each) right after it has synced. */
    notesAfterSync: number;
  };
  /** Runs the timed writes of the fan-out scenarios; answers when the last write was sent. */
  write: {
    writers: WriterSpec[];
    totalWriters: number;
    /** Shared-clock time the schedule starts from. */
    startAt: number;
    /** Write k of a writer falls in the slot [startAt + k × intervalMs, + intervalMs). */
    intervalMs: number;
    /**
     * steady: at the same point of every slot, the writers phased evenly over one slot.
     * random: at a random point of each slot (seeded, so runs write alike), so one writer's gaps
     * run from 0 to 2 × intervalMs and writers drift in and out of step.
     */
    pace: WritePace;
    writesPerWriter: number;
    /** Every `createEvery`-th write creates a note; the others append to the writer's last note. */
    createEvery: number;
  };
  /** How many clients have not yet seen every write of their room (their own included). */
  progress: { expectedByRoom: Record<string, number> };
  /** Final per-client check against the expected content of its room, plus the latency samples. */
  collect: { rooms: Record<string, RoomExpectation> };
  /** Creates `count` notes spread over the given clients, each client pacing at `ratePerClient`/s. */
  seed: { keys: string[]; count: number; firstIndex: number; ratePerClient: number };
  /** Waits until a client holds at least `count` notes. */
  waitNotes: { key: string; count: number; timeoutMs: number };
  /** Destroys the given clients (all when `keys` is omitted). */
  close: { keys?: string[] };
  /** Times a fresh client from `new WebsocketProvider` until it is synced with `expectNotes` notes. */
  join: { wsBase: string; room: string; expectNotes: number; timeoutMs: number };
}

export interface Results {
  clock: { now: number };
  connect: { ms: number };
  write: { writes: number; notes: number; lateMsMax: number };
  progress: { clients: number; behind: number };
  collect: {
    clients: number;
    /** Fan-out latencies of remote writes, per room. */
    latencies: Record<string, Float64Array>;
    lostWrites: number;
    noteCountMismatch: number;
    /** Writes of other rooms' writers found in a client's doc: must be 0. */
    crossRoomWrites: number;
    /** Connections dropped by the server after the initial sync (the provider reconnects). */
    drops: number;
    closeCodes: Record<string, number>;
  };
  seed: { notes: number };
  waitNotes: { notes: number };
  close: { closed: number };
  join: { ms: number; syncMs: number; notes: number };
}

export type CommandType = keyof Commands;

export type Request = {
  [K in CommandType]: { id: number; type: K; params: Commands[K] };
}[CommandType];

export type Response =
  | { id: number; ok: true; result: Results[CommandType] }
  | { id: number; ok: false; error: string; target: boolean };
