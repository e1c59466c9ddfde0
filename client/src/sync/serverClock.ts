/** One round trip to `GET /api/time`: when it left and returned (local ms) and what it said. */
export type ClockSample = { sentAt: number; receivedAt: number; serverNow: number };

/**
 * The server's clock minus this laptop's, from the sample with the shortest round trip: the
 * server read its clock somewhere within the trip, and the shorter the trip, the smaller the
 * error of assuming it did so halfway. Null when there is no usable sample.
 */
export function offsetFromSamples(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const rtt = sample.receivedAt - sample.sentAt;
    if (!(rtt >= 0 && Number.isFinite(sample.serverNow))) continue;
    if (!best || rtt < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return null;
  return Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2) || 0;
}

async function sample(url: string): Promise<ClockSample | null> {
  const sentAt = performance.now();
  const wallAtSend = Date.now();
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) return null;
  const body = (await response.json()) as { now?: unknown };
  const receivedAt = performance.now();
  if (typeof body.now !== "number") return null;
  // A monotonic clock measures the trip; the wall clock anchors it.
  return {
    sentAt: wallAtSend,
    receivedAt: wallAtSend + (receivedAt - sentAt),
    serverNow: body.now,
  };
}

/**
 * Measures the offset with a few round trips, one after another. Null when the server cannot be
 * reached: the caller keeps the last offset it had.
 */
export async function measureServerOffset(rounds = 4, url = "/api/time"): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < rounds; i++) {
    try {
      const next = await sample(url);
      if (next) samples.push(next);
    } catch {
      break;
    }
  }
  return offsetFromSamples(samples);
}
