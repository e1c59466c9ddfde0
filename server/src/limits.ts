/**
 * Limits that keep one board, or one misbehaving client, from hurting the others.
 * Each carries the reason for its size.
 */
export const limits = {
  /** A paste or import of several hundred notes is well under 1 MiB; 2 MiB leaves headroom. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** A workshop board with thousands of notes compacts to well under 1 MB; 5 MB stops runaway growth. */
  maxBoardBytes: 5 * 1024 * 1024,
  /**
   * Shape of one client update, judged before it is stored (Yjs resolves concurrent writes to
   * one place by scanning them all, so N of them cost N²). A 2,000-note board synced from
   * scratch is about 30,000 items; a paste of 500 notes about 5,000.
   */
  maxStructsPerUpdate: 100_000,
  /**
   * A client's sync brings its own sessions' ids (one per page load) and, after a server was
   * restored from a backup, a few hundred people's: 1,000 is far past that, and far below the
   * 64,000 of a crafted update.
   */
  maxClientsPerUpdate: 1000,
  /**
   * Writes to one map key in one update: a client writes a key once per change it makes, and
   * overwritten values of one client merge; 256 such writes cost a few milliseconds at worst.
   */
  maxWritesPerKey: 256,
  /**
   * Items of several clients inserted at one place of one list (a note's text) in one update:
   * people typing at the same spot at once make a handful.
   */
  maxInsertsAtOnePlace: 256,
  /** Forty people in a room plus projectors and second laptops fit with room to spare. */
  maxConnectionsPerBoard: 100,
  /** Registrations per board: a large room with second laptops and rejoins stays far below. */
  maxParticipantsPerBoard: 500,
  /**
   * Snapshots per board (each import and restore keeps one too) and per hour: a day's workshop
   * takes a few dozen; each is a copy of the board, so unlimited ones fill the disk.
   */
  maxSnapshotsPerBoard: 200,
  maxSnapshotsPerHour: 30,
  /** Presence holds a name, a colour and what one is dragging: 4 KB is generous. */
  maxAwarenessStateBytes: 4 * 1024,
  /**
   * The stock provider speaks for its document's one client id; a page that recreates its doc
   * opens a new socket. A second id would let one socket show made-up people.
   */
  maxAwarenessIdsPerConnection: 1,
  /**
   * A presence id stays its owner's this long after the owner's socket went (y-protocols'
   * awareness timeout: the others forget a silent state by then), so nobody takes it in a gap.
   */
  awarenessHoldMs: 30_000,
  /**
   * Presence is relayed at most once per this interval per id, newest state wins: a pointer
   * moving at 60 frames a second still looks smooth at ~7 updates a second, and a room's relays
   * cost one message per member per interval, not one per member per incoming message.
   */
  presenceRelayMs: 150,
  /**
   * A client's change that finds the database locked by another program waits without holding
   * up the event loop, tried again this often; after `lockedWriteGiveUpMs` (as long as any write
   * waits for a lock) it has failed (1011, `/healthz` degraded). At most this many bytes wait.
   */
  lockedWriteRetryMs: 10,
  lockedWriteGiveUpMs: 5000,
  maxLockedWriteBytes: 32 * 1024 * 1024,
  /**
   * Message budget per connection: typing sends ~10 messages/s, dragging ~30/s of presence;
   * the burst absorbs a reconnect's resync and a paste of hundreds of notes sent at once.
   */
  messageBurst: 1000,
  messagesPerSecond: 200,
  /** Byte budget per connection: an import of a large board in a burst, then a steady trickle. */
  byteBurst: 8 * 1024 * 1024,
  bytesPerSecond: 2 * 1024 * 1024,
  /**
   * A client kept waiting this long by backpressure, or deeper in debt than this much refill,
   * is flooding: close with "try again". With the defaults a burst of about 3,000 messages passes.
   */
  maxThrottleMs: 10_000,
  /**
   * CPU budgets, in milliseconds of message handling (time on the thread) per second. The event loop is
   * one thread: while the process is busy (`busyLoopShare` of a core over the last 200 ms), a
   * board or an address past its budget has its heaviest sockets paused (TCP backpressure) until
   * the budget refills, and a socket held back for `maxThrottleMs` is closed with "try again".
   * A meeting's board of 40 people uses a few percent of a core; a board's burst absorbs a cold
   * join of a large board.
   */
  boardCpuMsPerSecond: 250,
  boardCpuBurstMs: 500,
  /** One address may run several boards (a school behind one NAT), so it gets more than a board. */
  addressCpuMsPerSecond: 500,
  addressCpuBurstMs: 1000,
  busyLoopShare: 0.5,
  /** A reader this far behind is stuck; closing it lets it resync instead of holding memory. */
  maxBufferedBytes: 16 * 1024 * 1024,
  /** Keeps idle websockets alive through proxies and finds dead laptops. */
  pingIntervalMs: 20_000,
  /**
   * A board nobody edited for this long keeps its people and their presence, but its document
   * leaves memory (it is all in storage); the next edit or join reloads it in milliseconds.
   */
  hibernateAfterMs: 10_000,
  /** Compact a board's update log into a snapshot past this many updates or bytes. */
  compactAfterUpdates: 500,
  compactAfterBytes: 1024 * 1024,
} as const;

export type Limits = { [K in keyof typeof limits]: number };
