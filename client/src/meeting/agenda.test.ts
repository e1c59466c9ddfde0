import { describe, expect, it } from "vitest";
import { agendaRows, agendaTime } from "./agenda";

const NOW = new Date(2025, 4, 6, 10, 15);

describe("agenda", () => {
  it("reads times of day as today and full dates as they are", () => {
    expect(agendaTime("09:30", NOW)).toEqual(new Date(2025, 4, 6, 9, 30));
    expect(agendaTime("2025-05-06T08:00:00.000Z", NOW)).toEqual(
      new Date("2025-05-06T08:00:00.000Z"),
    );
    expect(agendaTime("after lunch", NOW)).toBeNull();
  });

  it("orders sessions by their start and marks the one running now", () => {
    const rows = agendaRows(
      [
        { group: "Group 2", title: "Vote", start: "10:30", end: "11:00" },
        { group: "Group 1", title: "Write", start: "10:00", end: "10:30" },
        { group: "Group 3", title: "Later", start: "soon", end: "then" },
      ],
      NOW,
    );
    expect(rows.map((row) => [row.title, row.current])).toEqual([
      ["Later", false],
      ["Write", true],
      ["Vote", false],
    ]);
  });
});
