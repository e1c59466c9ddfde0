/** Close code of a change the server refused: the board is locked, a read-only link, ... */
export const WRITE_REFUSED = 4403;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What to tell people when the server closed a connection for good. The reason comes from the
 * server in words ("the board is locked"); the change that was refused is still in this browser.
 */
export function refusalText(code: number, reason: string): string {
  const said = reason.trim();
  if (code !== WRITE_REFUSED) return said || `the server closed the board (${code})`;
  if (/locked/i.test(said)) {
    return "The board is locked — your changes will be sent when it is unlocked";
  }
  if (/read-only/i.test(said)) return "This is a read-only view";
  return said ? `${capitalised(said)} — your last change was not sent` : "A change was refused";
}
