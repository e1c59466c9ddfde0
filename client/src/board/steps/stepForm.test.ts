import { MAX_STEP_OWNER, MAX_STEP_TEXT } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import {
  changedFields,
  checkStepFields,
  EMPTY_STEP_FIELDS,
  fieldProblem,
  firstProblem,
  hasProblems,
} from "./stepForm";

describe("checkStepFields", () => {
  it("accepts a step with only What", () => {
    expect(checkStepFields({ ...EMPTY_STEP_FIELDS, text: "Draft the survey" })).toEqual({});
  });

  it("asks for What, blank or spaces", () => {
    expect(checkStepFields(EMPTY_STEP_FIELDS)).toEqual({ text: { kind: "empty" } });
    expect(fieldProblem("text", "   ")).toEqual({ kind: "empty" });
  });

  it("says how long a box is and how long it may be, counting characters as the board does", () => {
    const long = "x".repeat(MAX_STEP_TEXT + 1);
    expect(fieldProblem("text", long)).toEqual({
      kind: "tooLong",
      max: MAX_STEP_TEXT,
      length: MAX_STEP_TEXT + 1,
    });
    // An emoji is one character, as on the server.
    expect(fieldProblem("owner", "😀".repeat(MAX_STEP_OWNER))).toBeUndefined();
    // Spaces around are trimmed before they count.
    expect(fieldProblem("owner", ` ${"a".repeat(MAX_STEP_OWNER)} `)).toBeUndefined();
  });

  it("takes a real date or none", () => {
    expect(fieldProblem("due", "")).toBeUndefined();
    expect(fieldProblem("due", "2026-02-28")).toBeUndefined();
    expect(fieldProblem("due", "2026-02-30")).toEqual({ kind: "notADate" });
    expect(fieldProblem("due", "next week")).toEqual({ kind: "notADate" });
  });

  it("finds the first problem in the form's order", () => {
    const problems = checkStepFields({
      text: "",
      owner: "",
      due: "soon",
      measure: "m".repeat(400),
    });
    expect(hasProblems(problems)).toBe(true);
    expect(Object.keys(problems).sort()).toEqual(["due", "measure", "text"]);
    expect(firstProblem(problems)).toBe("text");
    expect(firstProblem({})).toBeNull();
  });
});

describe("changedFields", () => {
  const step = { text: "Draft", owner: "Ana", due: "2026-03-01", measure: "" };

  it("sends only what changed, trimmed", () => {
    expect(
      changedFields(step, { text: "Draft ", owner: "Ben", due: "2026-03-01", measure: " Sent " }),
    ).toEqual({ owner: "Ben", measure: "Sent" });
  });

  it("clears a date or an owner with an empty value, and sends nothing for no change", () => {
    expect(changedFields(step, { ...step, due: "", owner: "" })).toEqual({ due: "", owner: "" });
    expect(changedFields(step, { ...step })).toEqual({});
  });
});
