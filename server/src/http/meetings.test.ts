import {
  BOARD_ID_PATTERN,
  controlDocName,
  readBoard,
  readControl,
  setPhase,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { hashKey } from "../auth";
import { waitFor } from "../testing/clients";
import { storedDoc } from "../testing/facilitation";
import { type CreatedMeeting, postMeeting } from "../testing/meetings";
import { useServerWithClients } from "../testing/serverWithClients";

const t = useServerWithClients();

const api = (path: string, init: RequestInit = {}) => fetch(`${t.server.url}${path}`, init);

async function boardSummary(boardId: string) {
  const response = await api(`/api/boards/${boardId}`);
  return (await response.json()) as { title: string; lanes: { id: string; title: string }[] };
}

function patchTemplate(meeting: CreatedMeeting, body: unknown, key = meeting.facilitatorKey) {
  return api(`/api/meetings/${meeting.id}/template`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
}

describe("POST /api/meetings", () => {
  it("creates one board per group with a join code and one facilitator key for all", async () => {
    const { status, json: meeting } = await postMeeting(t.server.url, {
      title: "ALMA visit",
      groups: ["Principals", "Directors", "Cabinet"],
    });
    expect(status).toBe(201);
    expect(Object.keys(meeting).sort()).toEqual([
      "facilitatorKey",
      "facilitatorUrl",
      "groups",
      "id",
      "title",
    ]);
    expect(meeting.id).toMatch(BOARD_ID_PATTERN);
    expect(meeting.facilitatorUrl).toBe(
      `${t.server.url}/m/${meeting.id}#key=${meeting.facilitatorKey}`,
    );
    expect(meeting.groups.map((g) => g.name)).toEqual(["Principals", "Directors", "Cabinet"]);
    for (const group of meeting.groups) {
      expect(group.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      expect(group.joinUrl).toBe(`${t.server.url}/b/${group.boardId}`);
      expect((await boardSummary(group.boardId)).title).toBe(`${group.name} · ALMA visit`);
      // The meeting's key is each group board's key: only its hash is stored.
      expect(t.server.storage.getBoard(group.boardId)?.facilitatorKeyHash).toBe(
        hashKey(meeting.facilitatorKey),
      );
    }
    expect(new Set(meeting.groups.map((g) => g.joinCode)).size).toBe(3);
    expect(new Set(meeting.groups.map((g) => g.boardId)).size).toBe(3);
  });

  it("gives the facilitator control of every group board over its websocket", async () => {
    const { json: meeting } = await postMeeting(t.server.url, { groups: ["A", "B"] });
    for (const group of meeting.groups) {
      const control = t.open(`${group.boardId}/control`, { key: meeting.facilitatorKey });
      await control.synced;
      setPhase(control.doc, "vote");
      await waitFor(
        () => readControl(storedDoc(t.server, controlDocName(group.boardId))).phase === "vote",
        { what: "the phase to be stored" },
      );
      expect(control.closes).toEqual([]);
    }
  });

  it.each([
    ["no groups", { title: "x" }, /groups/],
    ["an empty list", { groups: [] }, /at least one group/],
    ["an empty name", { groups: ["A", " "] }, /group name is empty/],
    ["a name twice", { groups: ["Cabinet", "cabinet "] }, /same name/],
    ["too many groups", { groups: Array.from({ length: 51 }, (_, i) => `G${i}`) }, /at most 50/],
    ["a long name", { groups: ["x".repeat(61)] }, /longer than 60/],
    ["an unknown field", { groups: ["A"], colour: "red" }, /colour|Unrecognized/i],
    [
      "an agenda for no group",
      { groups: ["A"], agenda: [{ group: "B", start: "09:00", end: "10:00" }] },
      /no group "B"/,
    ],
    [
      "a session ending before it starts",
      { groups: ["A"], agenda: [{ group: "A", start: "10:00", end: "09:30" }] },
      /ends \(09:30\) before it starts \(10:00\)/,
    ],
    [
      "a time that is no time",
      { groups: ["A"], agenda: [{ group: "A", start: "nine", end: "10:00" }] },
      /"nine" is not a time/,
    ],
  ])("refuses %s with a message naming the problem", async (_what, body, message) => {
    const { status, json } = await postMeeting(t.server.url, body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "invalid-body" });
    expect((json as unknown as { message: string }).message).toMatch(message);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await api("/api/meetings", { method: "POST", body: "{groups:" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid-json" });
  });
});

describe("GET /api/meetings/:id", () => {
  it("answers the title, agenda, template and groups", async () => {
    const { json: created } = await postMeeting(t.server.url, {
      title: "District visit",
      groups: ["Union staff", "Steering committee"],
      agenda: [
        {
          group: "union staff",
          title: "Review",
          start: "2017-03-21T13:00",
          end: "2017-03-21T14:20",
        },
        { group: "Steering committee", start: "14:30", end: "16:00" },
        { group: "Steering committee", title: "Walk", start: "2:30", end: "4" },
        { group: "Union staff", title: "Breakfast", start: "8:05am", end: "12pm" },
      ],
    });
    const response = await api(`/api/meetings/${created.id}`);
    expect(response.status).toBe(200);
    const meeting = (await response.json()) as Record<string, unknown>;
    expect(meeting).toMatchObject({
      id: created.id,
      title: "District visit",
      agenda: [
        {
          group: "Union staff",
          title: "Review",
          start: "2017-03-21T13:00",
          end: "2017-03-21T14:20",
        },
        { group: "Steering committee", title: "", start: "14:30", end: "16:00" },
        // An itinerary's times, stored as the API documents them.
        { group: "Steering committee", title: "Walk", start: "14:30", end: "16:00" },
        { group: "Union staff", title: "Breakfast", start: "08:05", end: "12:00" },
      ],
      template: {
        lanes: [
          { id: "inbox", title: "Unsorted" },
          { id: "p1", title: "Priority one" },
          { id: "p2", title: "Priority two" },
          { id: "p3", title: "Priority three" },
          { id: "p4", title: "Priority four" },
        ],
        votes: { budget: 5, perLane: false },
      },
      groups: created.groups,
    });
    expect(Array.isArray(meeting.joinAddresses)).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(created.facilitatorKey);
  });

  it("answers 404 for an unknown meeting and 400 for a malformed id", async () => {
    expect((await api("/api/meetings/AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await api("/api/meetings/no%20such")).status).toBe(400);
  });
});

describe("GET /api/join/:code", () => {
  it("finds the group's board from its code, typed in any case and with a hyphen", async () => {
    const { json: meeting } = await postMeeting(t.server.url, {
      title: "Codes",
      groups: ["A", "B"],
    });
    const group = meeting.groups[1];
    if (!group) throw new Error("no group");
    const typed = `${group.joinCode.slice(0, 3)}-${group.joinCode.slice(3)}`.toLowerCase();
    const response = await api(`/api/join/${typed}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      code: group.joinCode,
      boardId: group.boardId,
      title: "B · Codes",
      group: "B",
      meetingTitle: "Codes",
      joinUrl: group.joinUrl,
    });
  });

  it("answers 404 for a code no group has and 400 for what cannot be a code", async () => {
    const unknown = await api("/api/join/ZZZZZZ");
    // A code a meeting of this test file drew is astronomically unlikely to be ZZZZZZ.
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "unknown-code" });
    const malformed = await api("/api/join/ABC");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "malformed-code" });
  });
});

describe("PATCH /api/meetings/:id/template", () => {
  it("renames a priority on every group's board, live for those on it", async () => {
    const { json: meeting } = await postMeeting(t.server.url, {
      groups: ["Principals", "Directors", "Cabinet"],
    });
    const [first] = meeting.groups;
    if (!first) throw new Error("no group");
    const watcher = t.open(first.boardId);
    await watcher.synced;
    const response = await patchTemplate(meeting, {
      lanes: [{ id: "p2", title: "Equity and access", subtitle: "This year" }],
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { template: { lanes: { title: string }[] } };
    expect(answer.template.lanes.map((l) => l.title)).toEqual([
      "Unsorted",
      "Priority one",
      "Equity and access",
      "Priority three",
      "Priority four",
    ]);
    const p2 = () => readBoard(watcher.doc).lanes.find((lane) => lane.id === "p2");
    await waitFor(() => p2()?.title === "Equity and access", {
      what: "the rename to reach a connected client",
    });
    for (const group of meeting.groups) {
      const lanes = (await boardSummary(group.boardId)).lanes;
      expect(lanes.find((l) => l.id === "p2")?.title).toBe("Equity and access");
    }
    const stored = (await (await api(`/api/meetings/${meeting.id}`)).json()) as {
      template: { lanes: { id: string; subtitle: string }[] };
    };
    expect(stored.template.lanes.find((l) => l.id === "p2")?.subtitle).toBe("This year");
  });

  it("sets every group's vote budget", async () => {
    const { json: meeting } = await postMeeting(t.server.url, { groups: ["A", "B"] });
    expect((await patchTemplate(meeting, { votes: { budget: 3, perLane: true } })).status).toBe(
      200,
    );
    for (const group of meeting.groups) {
      const control = t.open(`${group.boardId}/control`);
      await control.synced;
      expect(readControl(control.doc).votes).toMatchObject({ budget: 3, perLane: true });
    }
  });

  it("builds new meetings' boards from a template given at creation", async () => {
    const { json: meeting } = await postMeeting(t.server.url, {
      groups: ["A"],
      template: { lanes: [{ id: "p1", title: "Keep" }], votes: { budget: 2 } },
    });
    const group = meeting.groups[0];
    if (!group) throw new Error("no group");
    const lanes = (await boardSummary(group.boardId)).lanes;
    expect(lanes.find((l) => l.id === "p1")?.title).toBe("Keep");
    const control = t.open(`${group.boardId}/control`);
    await control.synced;
    expect(readControl(control.doc).votes.budget).toBe(2);
  });

  it("answers 401 without the key, 403 with a wrong one, 400 for a bad change", async () => {
    const { json: meeting } = await postMeeting(t.server.url, { groups: ["A"] });
    const noKey = await api(`/api/meetings/${meeting.id}/template`, {
      method: "PATCH",
      body: JSON.stringify({ lanes: [{ id: "p2", title: "x" }] }),
    });
    expect(noKey.status).toBe(401);
    const other = await postMeeting(t.server.url, { groups: ["B"] });
    const wrong = await patchTemplate(meeting, { lanes: [] }, other.json.facilitatorKey);
    expect(wrong.status).toBe(403);
    for (const body of [
      { lanes: [{ id: "p9", title: "x" }] },
      { lanes: [{ id: "p2" }] },
      { lanes: [{ id: "p2", title: "  " }] },
      { votes: { budget: 0 } },
      {
        lanes: [
          { id: "p2", title: "x" },
          { id: "p2", title: "y" },
        ],
      },
    ]) {
      const response = await patchTemplate(meeting, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    // Nothing reached the board.
    const group = meeting.groups[0];
    if (!group) throw new Error("no group");
    expect((await boardSummary(group.boardId)).lanes.find((l) => l.id === "p2")?.title).toBe(
      "Priority two",
    );
  });
});
