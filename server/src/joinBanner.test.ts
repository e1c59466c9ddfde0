import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { joinBanner } from "./joinBanner";

describe("the join banner", () => {
  it("names the address and draws its QR code", async () => {
    const banner = await joinBanner("http://192.168.1.20:8787");
    expect(banner).toContain("join at http://192.168.1.20:8787");
    const qr = await QRCode.toString("http://192.168.1.20:8787", { type: "terminal", small: true });
    expect(banner).toContain(qr);
    // Half-block characters: two rows of modules per line of text.
    expect(qr).toMatch(/[▀▄█]/);
  });
});
