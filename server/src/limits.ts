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
  /** One connection speaks for its own client id; a few more cover a page that recreates its doc. */
  maxAwarenessIdsPerConnection: 4,
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
