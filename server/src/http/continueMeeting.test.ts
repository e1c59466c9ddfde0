import {
  addNote,
  addStep,
  controlDocName,
  defineTerm,
  META_FIELDS,
  metaMap,
  readBoard,
  readControl,
  readGlossary,
  readLanes,
  readSteps,
  renameLane,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { type CreatedMeeting, postMeeting } from "../testing/meetings";
import { useServerWithClients } from "../testing/serverWithClients";
import { openDatabase } from "../testing/storageFaults";

const h = useServerWithClients();

async function meeting(body: Record<string, unknown>): Promise<CreatedMeeting> {
  const { status, json } = await postMeeting(h.server.url, body);
  expect(status, JSON.stringify(json)).toBe(201);
  return json;
}

const boardOf = (m: CreatedMeeting, name: string) =>
  m.groups.find((g) => g.name === name)?.boardId ?? "";

function board(id: string) {
  return h.server.rooms.read(id, (doc) => ({
    steps: readSteps(doc),
    lanes: Object.fromEntries(readLanes(doc).map((lane) => [lane.id, lane.title])),
    notes: readBoard(doc).notes,
    glossary: [...readGlossary(doc).keys()],
    continues: metaMap(doc).get(META_FIELDS.continues) ?? null,
  }));
}

const meetingCount = () => {
  const db = openDatabase(h.server.dataDir);
  const { n } = db.prepare("SELECT COUNT(*) AS n FROM meetings").get() as { n: number };
  db.close();
  return n;
};

/** The first visit: a template of its own, and what the Principals and Directors left open. */
async function firstVisit() {
  const first = await meeting({
    title: "ALMA visit, March",
    groups: ["Principals", "Directors"],
    template: { lanes: [{ id: "p4", title: "Parking lot" }], votes: { budget: 3, perLane: true } },
  });
  const principals = boardOf(first, "Principals");
  const directors = boardOf(first, "Directors");
  const ids = h.server.rooms.changeBoard(principals, (doc) => {
    // The Principals renamed a lane for themselves.
    renameLane(doc, "p1", { title: "Principals first" }, "server");
    const note = addNote(doc, { lane: "p1", text: "Chronic absence" });
    const open = addStep(doc, { text: "Share the absence data", owner: "Ada", item: note });
    addStep(doc, { text: "Done already", done: true });
    defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
    return { note, open };
  });
  h.server.rooms.changeBoard(directors, (doc) => addStep(doc, { text: "Directors' own step" }));
  return { first, principals, directors, ...ids };
}

describe("POST /api/meetings with continues", () => {
  it("continues each group's board by name, any case, and starts from the earlier template", async () => {
    const visit = await firstVisit();
    const second = await meeting({
      title: "ALMA visit, April",
      groups: ["principals ", "Cabinet"],
      continues: visit.first.id,
      carryNotes: true,
    });
    expect(second.groups.map((g) => g.name)).toEqual(["principals", "Cabinet"]);

    const principals = board(boardOf(second, "principals"));
    expect(principals.steps).toMatchObject([
      {
        id: visit.open,
        text: "Share the absence data",
        owner: "Ada",
        item: visit.note,
        done: false,
        carriedFrom: visit.principals,
      },
    ]);
    expect(principals.lanes).toMatchObject({ p1: "Principals first", p4: "Parking lot" });
    expect(principals.notes).toMatchObject([{ id: visit.note, lane: "inbox", cluster: null }]);
    expect(principals.glossary).toEqual(["LCAP"]);
    expect(principals.continues).toBe(visit.principals);

    // A new group starts fresh, from the earlier meeting's template.
    const cabinet = board(boardOf(second, "Cabinet"));
    expect(cabinet).toMatchObject({ steps: [], notes: [], glossary: [], continues: null });
    expect(cabinet.lanes).toMatchObject({ p1: "Priority one", p4: "Parking lot" });

    const read = (await (await fetch(`${h.server.url}/api/meetings/${second.id}`)).json()) as {
      template: { lanes: { id: string; title: string }[]; votes: unknown };
    };
    expect(read.template.lanes.find((l) => l.id === "p4")?.title).toBe("Parking lot");
    expect(read.template.votes).toEqual({ budget: 3, perLane: true });
    for (const group of second.groups) {
      const votes = h.server.rooms.read(controlDocName(group.boardId), readControl).votes;
      expect(votes).toMatchObject({ budget: 3, perLane: true });
    }
  });

  it("lays the body's template over the earlier one, and leaves notes without carryNotes", async () => {
    const visit = await firstVisit();
    const second = await meeting({
      groups: ["Principals", "Directors"],
      continues: visit.first.id,
      template: { lanes: [{ id: "p1", title: "Now" }] },
    });
    const principals = board(boardOf(second, "Principals"));
    expect(principals.lanes).toMatchObject({ p1: "Now", p4: "Parking lot" });
    expect(principals.notes).toEqual([]);
    // The step's note stayed behind, so the step follows from nothing.
    expect(principals.steps).toMatchObject([{ id: visit.open, item: "" }]);
    const directors = board(boardOf(second, "Directors"));
    expect(directors.steps).toMatchObject([
      { text: "Directors' own step", carriedFrom: visit.directors },
    ]);
    expect(directors.lanes).toMatchObject({ p1: "Now", p4: "Parking lot" });
  });

  it("answers 404 for an unknown meeting and 400 for a malformed id, and creates nothing", async () => {
    const before = meetingCount();
    const unknown = await postMeeting(h.server.url, {
      groups: ["A"],
      continues: "b".repeat(21),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: "unknown-meeting" });
    for (const continues of ["../x", "", 3]) {
      const malformed = await postMeeting(h.server.url, { groups: ["A"], continues });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toMatchObject({ error: "invalid-body" });
    }
    const alone = await postMeeting(h.server.url, { groups: ["A"], carryNotes: true });
    expect(alone.status).toBe(400);
    expect(meetingCount()).toBe(before);
  });
});
