import { describe, expect, it } from "vitest";
import { clockTime } from "./snapshotTaking";

describe("clockTime", () => {
  const noonish = Date.UTC(2026, 0, 15, 12, 5);

  it("gives HH:MM in UTC by default and in the zone asked for", () => {
    expect(clockTime(noonish, undefined)).toBe("12:05");
    expect(clockTime(noonish, "")).toBe("12:05");
    expect(clockTime(noonish, "Asia/Kathmandu")).toBe("17:50");
    expect(clockTime(noonish, "America/New_York")).toBe("07:05");
    expect(clockTime(Date.UTC(2026, 0, 15, 23, 59), "Europe/Paris")).toBe("00:59");
  });

  it("answers null for a zone nobody knows", () => {
    expect(clockTime(noonish, "Mars/Olympus_Mons")).toBeNull();
  });
});
