/**
 * Delay before the next reconnection attempt: exponential from `baseMs`, capped at `maxMs`,
 * with "full jitter" (a random delay between half and all of it), so forty laptops that lost
 * the same Wi-Fi do not all knock on the server in the same millisecond when it returns.
 */
export function reconnectDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 500,
  maxMs = 10_000,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
