import type { Meeting } from "../state/meetings";

/**
 * Where the laptops in the room reach this server: its first address on the local network, or
 * this page's own origin when the server knows none (e.g. it runs behind a public name).
 */
export function joinAddress(meeting: Pick<Meeting, "joinAddresses">, origin: string): string {
  const address = meeting.joinAddresses.find((candidate) => candidate.trim() !== "") ?? origin;
  return address.replace(/\/+$/, "");
}

/** The short link a group's QR code and join screen give: it resolves the code to the board. */
export function codeUrl(address: string, joinCode: string): string {
  return `${address}/j/${encodeURIComponent(joinCode)}`;
}
