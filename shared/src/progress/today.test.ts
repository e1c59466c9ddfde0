import { describe, expect, it } from "vitest";
import { dayIn } from "./today";

describe("dayIn", () => {
  const lateEvening = Date.UTC(2026, 2, 4, 23, 30);

  it("gives the date on the wall calendar of the time zone", () => {
    expect(dayIn("UTC", lateEvening)).toBe("2026-03-04");
    expect(dayIn("Asia/Tokyo", lateEvening)).toBe("2026-03-05");
    expect(dayIn("America/Los_Angeles", Date.UTC(2026, 2, 5, 3))).toBe("2026-03-04");
  });

  it("throws for a zone the runtime does not know", () => {
    expect(() => dayIn("Mars/Olympus", lateEvening)).toThrow(RangeError);
  });
});
