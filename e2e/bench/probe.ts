/**
 * What the bench installs in the page before any of the app's scripts run: every timing is taken
 * in the page, with its own clock, so no round trip to the bench's process is in any figure.
 *
 * `installProbe` is sent into the page as source text (page.addInitScript), so it may use nothing
 * from outside its own body.
 */

/** A long task (over 50 ms on the main thread), as the Long Tasks API reports it. */
export type LongTask = { start: number; duration: number };

/** Note components one React commit rendered (mounted or updated). */
export type CommitRecord = {
  at: number;
  /** Renders of any note component (a card's shell, its body, its bar). */
  components: number;
  /** Distinct notes (by the `id` prop) any of whose components rendered. */
  notes: string[];
};

export type ProbeOptions = {
  boardId: string;
  /** The name this browser joined the board with, so the page opens the board at once. */
  name: string;
  /** Each lane's note count, in board order, as the lane headings must show them. */
  laneCounts: number[];
  /** displayName of each note component (set beside them in client/src/board). */
  noteComponents: string[];
};

export type Probe = {
  /** performance.now() when every lane heading showed its count and a note was painted. */
  firstRender: Promise<number>;
  longTasks: LongTask[];
  commits: CommitRecord[];
  /** Whether React's commits are walked for note components (off: the walk costs nothing). */
  countCommits: boolean;
  /** Timestamps of input events (capture phase, before the app sees them), by type. */
  inputs: Record<"keydown" | "mousedown" | "mouseup" | "mousemove", number[]>;
  /** Keydown to the first moment after the next frame was painted, one per key, while on. */
  keyToPaint: number[];
  recordKeys: boolean;
  /** Frame start times while the frame loop runs. */
  frames: number[];
  startFrames(): void;
  stopFrames(): number[];
  /** Resolves with the time just after the frame following this call was painted. */
  afterPaint(): Promise<number>;
  /** Starts waiting for `condition` (polled once a frame); `result(name)` gives its paint time. */
  watch(name: string, condition: () => boolean, timeoutMs?: number): void;
  result(name: string): Promise<number>;
  /** Resolves once no long task has ended for `quietMs` (or after `maxMs`): true when quiet. */
  quiet(quietMs: number, maxMs: number): Promise<boolean>;
  /** Long tasks that started in [from, to]. */
  longTasksIn(from: number, to: number): LongTask[];
};

declare global {
  interface Window {
    __benchProbe: Probe;
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "fn")`; a
 * function sent into the page must find that name there too.
 */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";

/** Runs in the page, first thing in every document of the context. */
export function installProbe(options: ProbeOptions): void {
  if (window.__benchProbe) return;
  try {
    // The name this browser joined with (see client/src/state/identity.ts): no name prompt.
    localStorage.setItem(`roundtable:name:${options.boardId}`, options.name);
    localStorage.setItem("roundtable:name", options.name);
  } catch {
    // about:blank has no storage; the board's document does.
  }

  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  /** The next task after this frame's paint: a message posted from requestAnimationFrame. */
  const afterThisFrame = () =>
    new Promise<number>((resolve) => {
      waiting.push(() => resolve(performance.now()));
      channel.port2.postMessage(null);
    });

  const probe: Probe = {
    firstRender: new Promise<number>(() => undefined),
    longTasks: [],
    commits: [],
    countCommits: false,
    inputs: { keydown: [], mousedown: [], mouseup: [], mousemove: [] },
    keyToPaint: [],
    recordKeys: false,
    frames: [],
    startFrames() {
      probe.frames = [];
      framing = true;
      const loop = (time: number) => {
        if (!framing) return;
        probe.frames.push(time);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      framing = false;
      return probe.frames;
    },
    afterPaint() {
      return new Promise<number>((resolve) => {
        requestAnimationFrame(() => {
          void afterThisFrame().then(resolve);
        });
      });
    },
    watch(name, condition, timeoutMs = 30_000) {
      const started = performance.now();
      watches.set(
        name,
        new Promise<number>((resolve, reject) => {
          const poll = () => {
            if (condition()) {
              void afterThisFrame().then(resolve);
              return;
            }
            if (performance.now() - started > timeoutMs) {
              reject(new Error(`${name}: not seen within ${timeoutMs} ms`));
              return;
            }
            requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      );
    },
    result(name) {
      const watched = watches.get(name);
      if (!watched) return Promise.reject(new Error(`nothing watched as ${name}`));
      watches.delete(name);
      return watched;
    },
    quiet(quietMs, maxMs) {
      const started = performance.now();
      return new Promise<boolean>((resolve) => {
        const check = () => {
          const now = performance.now();
          const last = probe.longTasks.at(-1);
          const lastEnd = last ? last.start + last.duration : 0;
          if (now - Math.max(lastEnd, started) >= quietMs) return resolve(true);
          if (now - started >= maxMs) return resolve(false);
          setTimeout(check, 50);
        };
        setTimeout(check, 50);
      });
    },
    longTasksIn(from, to) {
      return probe.longTasks.filter((task) => task.start >= from && task.start <= to);
    },
  };
  let framing = false;
  const watches = new Map<string, Promise<number>>();

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: "longtask", buffered: true });

  for (const type of ["keydown", "mousedown", "mouseup", "mousemove"] as const) {
    window.addEventListener(
      type,
      (event) => {
        const seen = probe.inputs[type];
        seen.push(event.timeStamp);
        if (seen.length > 1_000) seen.splice(0, seen.length - 1_000);
        if (type === "keydown" && probe.recordKeys) {
          const pressed = event.timeStamp;
          requestAnimationFrame(() => {
            void afterThisFrame().then((painted) => probe.keyToPaint.push(painted - pressed));
          });
        }
      },
      { capture: true },
    );
  }

  // First render: polled once a frame from the first script on, until the lane headings count
  // every note and a note's text is in the frame being painted.
  probe.firstRender = new Promise<number>((resolve) => {
    const poll = () => {
      const counts = document.querySelectorAll(".lane-heading .lane-count");
      const all =
        counts.length === options.laneCounts.length &&
        Array.from(counts).every(
          (count, at) => Number.parseInt(count.textContent ?? "", 10) === options.laneCounts[at],
        );
      if (all && document.querySelector("li.note .note-text")) {
        void afterThisFrame().then(resolve);
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

  // Re-renders, counted as React DevTools does: a hook React finds as it loads, told of every
  // commit. A fiber rendered in a commit if it is new (no alternate) or did work (PerformedWork);
  // a subtree whose child list is unchanged was skipped whole.
  type Fiber = {
    tag: number;
    flags: number;
    type: unknown;
    elementType: unknown;
    memoizedProps: unknown;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  };
  const noteNames = new Set(options.noteComponents);
  /** FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent. */
  const componentTags = new Set([0, 1, 11, 14, 15]);
  const nameOf = (fiber: Fiber): string | null => {
    if (!componentTags.has(fiber.tag)) return null;
    for (const type of [fiber.elementType, fiber.type]) {
      const name = (type as { displayName?: unknown } | null)?.displayName;
      if (typeof name === "string" && noteNames.has(name)) return name;
    }
    return null;
  };
  const walk = (
    next: Fiber,
    prev: Fiber | null,
    found: { components: number; notes: Set<string> },
  ) => {
    if (nameOf(next) !== null && (prev === null || (next.flags & 1) === 1)) {
      found.components += 1;
      const id = (next.memoizedProps as { id?: unknown } | null)?.id;
      if (typeof id === "string") found.notes.add(id);
    }
    if (prev !== null && next.child === prev.child) return;
    for (let child = next.child; child !== null; child = child.sibling) {
      walk(child, prev === null ? null : child.alternate, found);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!probe.countCommits) return;
      const found = { components: 0, notes: new Set<string>() };
      walk(root.current, root.current.alternate, found);
      probe.commits.push({
        at: performance.now(),
        components: found.components,
        notes: [...found.notes],
      });
    },
  };

  window.__benchProbe = probe;
}
