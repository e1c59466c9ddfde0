/**
 * Shared wall clock with sub-millisecond resolution. `performance.timeOrigin` is taken from the
 * machine clock when a process starts, so values are comparable across the bench's processes
 * (the worker handshake measures and prints the residual skew).
 */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
