import { describe, expect, it } from "vitest";
import { normalizeTime, sessionTimes, splitAgendaLine } from "./sessionTimes";

// A district visit's itinerary, line for line as it was handed out.
const ITINERARY: readonly [string, string, string, string][] = [
  [
    "Ann & Dr. Rico review of itinerary (12:30-12:50)",
    "Ann & Dr. Rico review of itinerary",
    "12:30",
    "12:50",
  ],
  ["CSEA (1-2:20)", "CSEA", "13:00", "14:20"],
  ["ALMA Steering Committee (2:30-4)", "ALMA Steering Committee", "14:30", "16:00"],
  ["Cohort 2 SLTs (8:30-11:30)", "Cohort 2 SLTs", "08:30", "11:30"],
  ["Principals (12:30-1:50)", "Principals", "12:30", "13:50"],
  ["Directors (2:00-3:20)", "Directors", "14:00", "15:20"],
  ["ATA (3:30-5:00)", "ATA", "15:30", "17:00"],
  ["ALMA DLT (8:15-12)", "ALMA DLT", "08:15", "12:00"],
  ["Cohort 1 SLTs (1-3:50)", "Cohort 1 SLTs", "13:00", "15:50"],
  ["Cabinet (4-5:30)", "Cabinet", "16:00", "17:30"],
];

describe("session times as an itinerary writes them", () => {
  it.each(ITINERARY)("reads %j as a working day", (line, rest, start, end) => {
    const parts = splitAgendaLine(line);
    expect(parts?.rest).toBe(rest);
    expect(sessionTimes(parts?.start ?? "", parts?.end ?? "")).toEqual({ start, end });
  });

  it.each(ITINERARY)("reads %j with the times first too", (line, rest, start, end) => {
    const times = /\(([^)]*)\)$/.exec(line)?.[1] ?? "";
    const parts = splitAgendaLine(`${times} ${rest}: Review`);
    expect(parts?.rest).toBe(`${rest}: Review`);
    expect(sessionTimes(parts?.start ?? "", parts?.end ?? "")).toEqual({ start, end });
  });

  it("reads am and pm as written", () => {
    expect(sessionTimes("8:30am", "11:30am")).toEqual({ start: "08:30", end: "11:30" });
    expect(sessionTimes("8:05am", "12pm")).toEqual({ start: "08:05", end: "12:00" });
    expect(sessionTimes("11 a.m.", "1:15 PM")).toEqual({ start: "11:00", end: "13:15" });
    expect(normalizeTime("12am")).toBe("00:00");
    expect(splitAgendaLine("8:05am-12pm Cabinet")).toEqual({
      start: "8:05am",
      end: "12pm",
      rest: "Cabinet",
    });
  });

  it("keeps the stored forms the API documents as they are", () => {
    expect(sessionTimes("13:30", "14:50")).toEqual({ start: "13:30", end: "14:50" });
    expect(sessionTimes("01:30", "02:00")).toEqual({ start: "01:30", end: "02:00" });
    expect(sessionTimes("2017-03-22T13:30", "2017-03-22T14:50")).toEqual({
      start: "2017-03-22T13:30",
      end: "2017-03-22T14:50",
    });
  });

  it("says what is wrong with a time that is not one or a session that ends first", () => {
    expect(sessionTimes("nine", "10")).toEqual({ problem: '"nine" is not a time' });
    expect(sessionTimes("1", "24:30")).toEqual({ problem: '"24:30" is not a time' });
    expect(sessionTimes("13pm", "2")).toEqual({ problem: '"13pm" is not a time' });
    expect(sessionTimes("3", "2")).toEqual({
      problem: "the session ends (14:00) before it starts (15:00)",
    });
    expect(splitAgendaLine("Principals at noon")).toBeNull();
  });
});
