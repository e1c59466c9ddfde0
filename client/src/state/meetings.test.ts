import { describe, expect, it } from "vitest";
import { outcomeText } from "./meetingActions";
import { groupNamesFrom, meetingExportUrl, normalizeJoinCode, templateChange } from "./meetings";

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
    expect(meetingExportUrl("m1234567", "csv", false, null)).toBe(
      "/api/meetings/m1234567/export?format=csv",
    );
    expect(meetingExportUrl("m1234567", "md", true, "America/Los_Angeles")).toBe(
      "/api/meetings/m1234567/export?format=md&tz=America%2FLos_Angeles&merge=clusters",
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

describe("templateChange", () => {
  const inbox = { id: "inbox", title: "Unsorted", subtitle: "New ideas land here" };
  const base = {
    lanes: [inbox, { id: "p2", title: "Priority two", subtitle: "Do next" }],
    votes: { budget: 5, perLane: false },
  };

  it("names only the lanes and vote settings that differ", () => {
    const after = {
      lanes: [inbox, { id: "p2", title: "Soon", subtitle: "Do next" }],
      votes: { budget: 3, perLane: false },
    };
    expect(templateChange(base, after)).toEqual({
      lanes: [{ id: "p2", title: "Soon" }],
      votes: { budget: 3 },
    });
  });

  it("is null when nothing differs", () => {
    expect(templateChange(base, structuredClone(base))).toBeNull();
  });
});
