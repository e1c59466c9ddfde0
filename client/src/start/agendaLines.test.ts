import { describe, expect, it } from "vitest";
import { agendaFromLines } from "./agendaLines";

const GROUPS = ["Principals", "Steering committee"];

describe("a typed agenda", () => {
  it("reads one session a line, with or without what it is about", () => {
    const text =
      "12:30-12:50 principals: Review of the itinerary\n\n 14:30 – 16:00 Steering committee ";
    expect(agendaFromLines(text, GROUPS)).toEqual({
      agenda: [
        { group: "Principals", title: "Review of the itinerary", start: "12:30", end: "12:50" },
        { group: "Steering committee", title: "", start: "14:30", end: "16:00" },
      ],
    });
  });

  it("pads an hour of one digit", () => {
    expect(agendaFromLines("8:15-9:00 Principals", GROUPS)).toEqual({
      agenda: [{ group: "Principals", title: "", start: "08:15", end: "09:00" }],
    });
  });

  it("reads an itinerary's own times as a working day, first or in parentheses", () => {
    const groups = ["Principals", "Directors", "ALMA DLT", "Cohort 2 SLTs"];
    const text = [
      "Principals (12:30-1:50)",
      "2:00-3:20 Directors: Budget",
      "ALMA DLT: Walkthrough (8:15-12)",
      "8:30am-11:30am Cohort 2 SLTs",
    ].join("\n");
    expect(agendaFromLines(text, groups)).toEqual({
      agenda: [
        { group: "Principals", title: "", start: "12:30", end: "13:50" },
        { group: "Directors", title: "Budget", start: "14:00", end: "15:20" },
        { group: "ALMA DLT", title: "Walkthrough", start: "08:15", end: "12:00" },
        { group: "Cohort 2 SLTs", title: "", start: "08:30", end: "11:30" },
      ],
    });
  });

  it.each([
    ["Principals at noon", /Agenda line 1: write it as/],
    ["13:00-12:00 Principals", /ends \(12:00\) before it starts/],
    ["13:00-24:30 Principals", /"24:30" is not a time/],
    ["13:00-14:00 Cabinet", /no group "Cabinet"/],
  ])("says what is wrong with %j", (line, problem) => {
    const parsed = agendaFromLines(line, GROUPS);
    expect("problem" in parsed && parsed.problem).toMatch(problem);
  });

  it("is empty when nothing is typed", () => {
    expect(agendaFromLines("  \n", GROUPS)).toEqual({ agenda: [] });
  });
});
