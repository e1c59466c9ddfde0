/**
 * The slow fault tests run a short form by default (in `pnpm check` and CI) and their full
 * form with `ROUNDTABLE_FULL=1` (`pnpm test:full`).
 */
export const fullRun = process.env.ROUNDTABLE_FULL === "1";

export function sized(short: number, full: number): number {
  return fullRun ? full : short;
}
