/** Close code of a change the server refused: the board is locked, a read-only link, ... */
export const WRITE_REFUSED = 4403;

/** Close code of a wrong facilitator key or a participant token the server does not know. */
export const UNAUTHORIZED = 4401;

/** Whether the server did not know this browser's participant token (its records were reset). */
export function isStaleToken(refusal: { code: number; reason: string } | null): boolean {
  return refusal?.code === UNAUTHORIZED && /participant token/i.test(refusal.reason);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What to tell people when the server closed a connection for good. The reason comes from the
 * server in words ("the board is locked"); the change that was refused is still in this browser.
 */
export function refusalText(code: number, reason: string): string {
  const said = reason.trim();
  if (code === UNAUTHORIZED) {
    return /facilitator key/i.test(said)
      ? "This facilitator link does not fit the board: ask for the link again, or join with the participant link"
      : "Joining the board again…";
  }
  if (code !== WRITE_REFUSED) return said || `the server closed the board (${code})`;
  if (/locked/i.test(said)) {
    return "The board is locked — your changes will be sent when it is unlocked";
  }
  if (/read-only/i.test(said)) return "This is a read-only view";
  return said ? `${capitalised(said)} — your last change was not sent` : "A change was refused";
}
