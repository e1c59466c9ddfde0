import { describe, expect, it } from "vitest";
import { tileRows } from "../meeting/JoinPanel";
import { codeUrl, joinAddress } from "./joinAddress";

describe("join addresses", () => {
  it("prefers the server's first address on the local network, else this page's origin", () => {
    const origin = "http://localhost:8787";
    expect(joinAddress({ joinAddresses: ["http://192.168.1.20:8787/"] }, origin)).toBe(
      "http://192.168.1.20:8787",
    );
    expect(joinAddress({ joinAddresses: [] }, origin)).toBe(origin);
  });

  it("links a code to the short join address", () => {
    expect(codeUrl("http://192.168.1.20:8787", "K7M2QX")).toBe("http://192.168.1.20:8787/j/K7M2QX");
  });

  it("puts five tiles to a row at most", () => {
    expect([1, 3, 5, 6, 10, 11].map(tileRows)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
