import { t } from "../i18n/i18n";

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
 * The reasons the server gives for refusing a change or closing a board (in English, lower
 * case), each with its words in the page's language. A reason not listed is shown as it came.
 */
const SERVER_REASONS: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^the board is locked$/i, () => t("state:server.locked")],
  [/^voting is closed$/i, () => t("state:server.votingClosed")],
  [/^this link is read-only$/i, () => t("state:server.readOnlyLink")],
  [/^only the facilitator can change this$/i, () => t("state:server.facilitatorOnly")],
  [
    /^only the facilitator can change the board's title$/i,
    () => t("state:server.facilitatorOnlyTitle"),
  ],
  [
    /^only its author or the facilitator can restore a deleted note$/i,
    () => t("state:server.restoreOwnOnly"),
  ],
  [/^board is full \((.+)\)$/i, ([, size]) => t("state:server.boardFull", { size })],
  [/^storage failed, try again$/i, () => t("state:server.storageFailed")],
  [/^board is read-only: its stored data is damaged$/i, () => t("state:server.boardDamaged")],
  [
    /^vote budget exceeded: (\d+) of (\d+)$/i,
    ([, used, budget]) => t("state:server.overBudget", { used, budget }),
  ],
  [
    /^vote budget exceeded in a priority: (\d+) of (\d+)$/i,
    ([, used, budget]) => t("state:server.overBudgetInPriority", { used, budget }),
  ],
];

/** A reason the server gave, in the page's language when it is one Roundtable knows. */
export function serverReason(reason: string): string {
  const said = reason.trim();
  for (const [pattern, words] of SERVER_REASONS) {
    const match = pattern.exec(said);
    if (match) return words(match);
  }
  return said;
}

/**
 * What to tell people when the server closed a connection for good. The reason comes from the
 * server in words ("the board is locked"); the change that was refused is still in this browser.
 */
export function refusalText(code: number, reason: string): string {
  const said = reason.trim();
  if (code === UNAUTHORIZED) {
    return /facilitator key/i.test(said)
      ? t("state:connection.wrongFacilitatorLink")
      : t("state:connection.joiningAgain");
  }
  if (code !== WRITE_REFUSED) return serverReason(said) || t("state:connection.closed", { code });
  if (/locked/i.test(said)) return t("state:connection.lockedHeld");
  if (/read-only/i.test(said)) return t("state:permission.readOnly");
  if (!said) return t("state:connection.refused");
  return t("state:connection.notSent", { reason: capitalised(serverReason(said)) });
}
