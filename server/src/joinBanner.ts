import QRCode from "qrcode";

/**
 * What the server prints on a terminal at start: the address laptops in the room join at, and
 * a QR code of it that phones and laptops with cameras can scan off the facilitator's screen.
 */
export async function joinBanner(address: string): Promise<string> {
  const qr = await QRCode.toString(address, { type: "terminal", small: true });
  return `\nLaptops in the room join at ${address}\n(type a group's join code there, or scan:)\n${qr}\n`;
}
