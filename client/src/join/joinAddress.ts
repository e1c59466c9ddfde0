/** Anything that knows the server's addresses on the room's network: a meeting, a board. */
type Addresses = { joinAddresses: readonly string[] };

/**
 * Where the laptops in the room reach this server: its first address on the local network, or
 * this page's own origin when the server knows none (e.g. it runs behind a public name).
 */
export function joinAddress(meeting: Addresses, origin: string): string {
  const address = meeting.joinAddresses.find((candidate) => candidate.trim() !== "") ?? origin;
  return address.replace(/\/+$/, "");
}

/** The short link a group's QR code and join screen give: it resolves the code to the board. */
export function codeUrl(address: string, joinCode: string): string {
  return `${address}/j/${encodeURIComponent(joinCode)}`;
}
