import { describe, expect, it } from "vitest";
import { refusalText } from "./refusals";

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
