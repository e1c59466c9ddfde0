import { afterEach, describe, expect, it, vi } from "vitest";
import { i18n, t } from "../i18n/i18n";
import { outcomeText } from "./meetingActions";
import {
  createMeeting,
  groupNamesFrom,
  meetingExportUrl,
  normalizeJoinCode,
  templateChange,
} from "./meetings";

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
      "/api/meetings/m1234567/export?format=csv&lang=en",
    );
    expect(meetingExportUrl("m1234567", "md", true, "America/Los_Angeles")).toBe(
      "/api/meetings/m1234567/export?format=md&tz=America%2FLos_Angeles&lang=en&merge=clusters",
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

describe("outcomeText in Spanish", () => {
  afterEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("says what happened in the groups, and names the ones it missed", async () => {
    await i18n.changeLanguage("es");
    expect(outcomeText(t("state:meeting.locked"), 3, [])).toBe(
      "Se bloqueó el tablero en los 3 grupos.",
    );
    expect(outcomeText(t("state:meeting.unlocked"), 4, ["A", "B", "C"])).toBe(
      "Se desbloqueó el tablero en 1 de 4 grupos. A, B y C todavía no están conectados; vuelva a intentarlo en un momento.",
    );
  });
});

describe("createMeeting", () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage("en");
  });

  it("asks for the groups' boards in the page's language", async () => {
    await i18n.changeLanguage("es");
    const sent: unknown[] = [];
    vi.stubGlobal("fetch", async (_url: string, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify({ id: "m1", groups: [] }), { status: 201 });
    });
    await createMeeting(" Roundtable ", ["Grupo 1"]);
    expect(sent).toEqual([{ title: "Roundtable", groups: ["Grupo 1"], language: "es" }]);
  });
});
