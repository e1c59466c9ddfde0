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

  it.each([
    ["Principals at noon", /Agenda line 1: write it as/],
    ["13:00-12:00 Principals", /ends before it starts/],
    ["13:00-24:30 Principals", /00:00 to 23:59/],
    ["13:00-14:00 Cabinet", /no group "Cabinet"/],
  ])("says what is wrong with %j", (line, problem) => {
    const parsed = agendaFromLines(line, GROUPS);
    expect("problem" in parsed && parsed.problem).toMatch(problem);
  });

  it("is empty when nothing is typed", () => {
    expect(agendaFromLines("  \n", GROUPS)).toEqual({ agenda: [] });
  });
});
