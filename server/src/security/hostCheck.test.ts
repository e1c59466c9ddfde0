import os from "node:os";
import { describe, expect, it } from "vitest";
import { createHostCheck, hostName } from "./hostCheck";

describe("the Host check against DNS rebinding", () => {
  const allowed = createHostCheck(["roundtable.school.example", "*.rooms.example"]);

  it("reads the host name out of a Host header", () => {
    expect(hostName("Example.org:8787")).toBe("example.org");
    expect(hostName("[::1]:8787")).toBe("::1");
    expect(hostName("localhost.")).toBe("localhost");
  });

  it("allows localhost names, IP addresses, this machine's name and ALLOWED_HOSTS", () => {
    for (const host of [
      "localhost:8787",
      "app.localhost",
      "127.0.0.1:8787",
      "192.168.1.20:8787",
      "[::1]:8787",
      `${os.hostname()}:8787`,
      "roundtable.school.example",
      "ROUNDTABLE.school.example:443",
      "a.rooms.example",
      undefined,
    ]) {
      expect(allowed(host), String(host)).toBe(true);
    }
  });

  it("refuses any other name", () => {
    for (const host of [
      "evil.example",
      "evil.example:8787",
      "rooms.example",
      "localhost.evil.example",
      "",
    ]) {
      expect(allowed(host), host).toBe(false);
    }
  });
});
