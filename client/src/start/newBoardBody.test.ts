import { afterEach, describe, expect, it, vi } from "vitest";
import { createMeeting } from "../state/meetings";
import { newBoardBody } from "./newBoardBody";

describe("starting a board or a meeting that continues an earlier one", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the board's continues, and carryNotes only when asked and continuing", () => {
    expect(newBoardBody("  LRT June ", "en", "board-may-0001", true)).toEqual({
      title: "LRT June",
      language: "en",
      continues: "board-may-0001",
      carryNotes: true,
    });
    expect(newBoardBody("", "es", "board-may-0001", false)).toEqual({
      language: "es",
      continues: "board-may-0001",
    });
    expect(newBoardBody(" ", "en", null, true)).toEqual({ language: "en" });
  });

  it("sends the meeting's continues and carryNotes", async () => {
    const sent: unknown[] = [];
    vi.stubGlobal("fetch", async (_url: string, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify({ id: "m1", groups: [] }), { status: 201 });
    });
    await createMeeting("June", ["Principals"], [], {
      continues: "meeting-may-01",
      carryNotes: true,
    });
    await createMeeting("June", ["Principals"], [], {
      continues: "meeting-may-01",
      carryNotes: false,
    });
    await createMeeting("June", ["Principals"]);
    expect(sent).toEqual([
      {
        title: "June",
        groups: ["Principals"],
        language: "en",
        continues: "meeting-may-01",
        carryNotes: true,
      },
      { title: "June", groups: ["Principals"], language: "en", continues: "meeting-may-01" },
      { title: "June", groups: ["Principals"], language: "en" },
    ]);
  });
});
