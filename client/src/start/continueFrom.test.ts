import { describe, expect, it } from "vitest";
import { continueProblemText, parseContinueFrom } from "./continueFrom";

const ID = "Ab3_x-9QwErTyUiOpAsDfG";

describe("Continue from (link or id)", () => {
  it("is nothing when left empty or blank", () => {
    expect(parseContinueFrom("", "board")).toEqual({ kind: "none" });
    expect(parseContinueFrom("   \n", "meeting")).toEqual({ kind: "none" });
  });

  it("takes a bare id, surrounding spaces trimmed, for a board or a meeting", () => {
    expect(parseContinueFrom(`  ${ID} `, "board")).toEqual({ kind: "id", id: ID });
    expect(parseContinueFrom(ID, "meeting")).toEqual({ kind: "id", id: ID });
  });

  it("reads a board's id from any of its links", () => {
    for (const link of [
      `http://192.168.1.20:8080/b/${ID}`,
      `https://roundtable.example.org/b/${ID}#key=abcdefghijklmnopqrstuvwx`,
      `https://roundtable.example.org/b/${ID}/`,
      `https://roundtable.example.org/b/${ID}/print#key=abcdefghijklmnopqrst`,
      `https://roundtable.example.org/b/${ID}?utm=mail`,
      `roundtable.local:8080/b/${ID}`,
      `/b/${ID}`,
    ]) {
      expect(parseContinueFrom(link, "board"), link).toEqual({ kind: "id", id: ID });
    }
  });

  it("reads a meeting's id from its facilitator link or address", () => {
    expect(
      parseContinueFrom(`http://localhost:5173/m/${ID}#key=secretsecretsecret`, "meeting"),
    ).toEqual({
      kind: "id",
      id: ID,
    });
    expect(parseContinueFrom(`/m/${ID}/`, "meeting")).toEqual({ kind: "id", id: ID });
  });

  it("says when the link is of the other kind", () => {
    expect(parseContinueFrom(`http://host/m/${ID}#key=x`, "board")).toEqual({
      kind: "problem",
      problem: "meetingLink",
    });
    expect(parseContinueFrom(`http://host/b/${ID}`, "meeting")).toEqual({
      kind: "problem",
      problem: "boardLink",
    });
  });

  it("says what view links, snapshot links and join codes are not", () => {
    const problem = (text: string) => parseContinueFrom(text, "board");
    expect(problem(`http://host/v/${ID}${ID}`)).toEqual({ kind: "problem", problem: "viewLink" });
    expect(problem(`http://host/s/${ID}/print`)).toEqual({
      kind: "problem",
      problem: "snapshotLink",
    });
    expect(problem("http://host/j/K7M2QX")).toEqual({ kind: "problem", problem: "joinCode" });
    expect(problem("k7m-2qx")).toEqual({ kind: "problem", problem: "joinCode" });
  });

  it("refuses what is neither a link nor an id", () => {
    for (const text of [
      "last week's board",
      "short",
      "http://host/",
      `http://host/b/${ID}/notes`,
      "http://host/b/has spaces in it",
      `http://host/b/${"x".repeat(65)}`,
    ]) {
      expect(parseContinueFrom(text, "board"), text).toEqual({
        kind: "problem",
        problem: "notALinkOrId",
      });
    }
  });

  it("says in words what to paste instead", () => {
    expect(continueProblemText("board", "meetingLink")).toMatch(/New meeting/);
    expect(continueProblemText("meeting", "notALinkOrId")).toMatch(/\/m\//);
  });
});
