import { describe, expect, it } from "vitest";
import { outcomeText } from "./meetingActions";
import { groupNamesFrom, meetingExportUrl, normalizeJoinCode } from "./meetings";

describe("meetings", () => {
  it("reads group names one a line, without blank lines or surrounding spaces", () => {
    expect(groupNamesFrom("Group 1\n\n  Group 2  \r\nGroup 3\n")).toEqual([
      "Group 1",
      "Group 2",
      "Group 3",
    ]);
  });

  it("reads a typed join code as the server does", () => {
    expect(normalizeJoinCode(" k7m-2qx ")).toBe("K7M2QX");
    expect(normalizeJoinCode("K7M 2QX")).toBe("K7M2QX");
  });

  it("asks for the combined export, with clusters merged when chosen", () => {
    expect(meetingExportUrl("m1234567", "csv", false)).toBe(
      "/api/meetings/m1234567/export?format=csv",
    );
    expect(meetingExportUrl("m1234567", "md", true)).toBe(
      "/api/meetings/m1234567/export?format=md&merge=clusters",
    );
  });

  it("says what a change for all groups did, and which groups it missed", () => {
    expect(outcomeText("Locked", 3, [])).toBe("Locked: all 3 groups.");
    expect(outcomeText("Set to Vote", 3, ["Group 3"])).toBe(
      "Set to Vote: 2 of 3 groups. Group 3 is not connected yet; try again in a moment.",
    );
    expect(outcomeText("Locked", 4, ["A", "B", "C"])).toBe(
      "Locked: 1 of 4 groups. A, B and C are not connected yet; try again in a moment.",
    );
  });
});
