import { describe, expect, it } from "vitest";
import { isStaleToken, refusalText } from "./refusals";

describe("refusalText", () => {
  it("says a lock holds changes back instead of losing them", () => {
    expect(refusalText(4403, "the board is locked")).toBe(
      "The board is locked — your changes will be sent when it is unlocked",
    );
  });

  it("names a read-only link and passes other reasons on", () => {
    expect(refusalText(4403, "this link is read-only")).toBe("This is a read-only view");
    expect(refusalText(4403, "voting is closed")).toBe(
      "Voting is closed — your last change was not sent",
    );
    expect(refusalText(4413, "")).toBe("the server closed the board (4413)");
  });
});

describe("a wrong key or an unknown token (4401)", () => {
  it("tells a facilitator whose link does not fit what to do", () => {
    expect(refusalText(4401, "wrong facilitator key")).toMatch(
      /^This facilitator link does not fit/,
    );
  });

  it("recognises a token the server no longer knows, so the browser joins again", () => {
    expect(isStaleToken({ code: 4401, reason: "unknown participant token" })).toBe(true);
    expect(isStaleToken({ code: 4401, reason: "wrong facilitator key" })).toBe(false);
    expect(isStaleToken({ code: 4403, reason: "unknown participant token" })).toBe(false);
    expect(isStaleToken(null)).toBe(false);
    expect(refusalText(4401, "unknown participant token")).toBe("Joining the board again…");
  });
});
