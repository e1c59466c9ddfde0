import {
  addNote,
  addStep,
  createCluster,
  dayIn,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  notesMap,
  type Progress,
  setStepDone,
  setVotesRevealed,
} from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { createBoardVia } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const progressOf = (id: string, tz?: string) =>
  fetch(
    `${server.url}/api/boards/${id}/progress${tz === undefined ? "" : `?tz=${encodeURIComponent(tz)}`}`,
  );

async function progress(id: string, tz?: string): Promise<Progress> {
  const answer = await progressOf(id, tz);
  expect(answer.status).toBe(200);
  return (await answer.json()) as Progress;
}

/** A board made through the API, then written by the server as a continuing board would be. */
async function board(title: string, continues: string | null, write: (doc: Y.Doc) => void) {
  const { id } = await createBoardVia(server.url, title);
  server.rooms.changeBoard(id, (doc) => {
    if (continues !== null) metaMap(doc).set(META_FIELDS.continues, continues);
    write(doc);
  });
  return id;
}

/** Votes carried on a note, which count once the board's votes are revealed. */
function votesOn(doc: Y.Doc, noteId: string, votes: number) {
  (notesMap(doc).get(noteId) as Y.Map<unknown>).set(NOTE_FIELDS.priorVotes, votes);
}

const reveal = (id: string) => server.rooms.changeControl(id, (doc) => setVotesRevealed(doc, true));

/** Three meetings in a row: March continues February, which continues January. */
async function threeMeetings() {
  // The earliest date anywhere on Earth now: overdue in Kiribati, due today west of Hawaii.
  const dueToday = dayIn("Etc/GMT+12", Date.now());
  const january = await board("January", null, (doc) => {
    addNote(doc, { id: "coaches", lane: "p3", text: "Arts coaches" });
    addStep(doc, { text: "Call the district", owner: "Ada" });
  });
  const february = await board("February", january, (doc) => {
    addNote(doc, { id: "coaches", lane: "p2", text: "Arts coaches" });
    addNote(doc, { id: "pay1", lane: "p1", text: "Teacher pay" });
    addNote(doc, { id: "old", lane: "p4", text: "Old idea" });
    votesOn(doc, "coaches", 3);
    addStep(doc, { id: "call", text: "Call the district", owner: "Ada", carriedFrom: january });
  });
  reveal(february);
  const march = await board("March", february, (doc) => {
    addNote(doc, { id: "coaches", lane: "p1", text: "Arts coaches" });
    addNote(doc, { id: "pay2", lane: "p3", text: "teacher pay" });
    addNote(doc, { id: "fresh", lane: "inbox", text: "Fresh idea" });
    createCluster(doc, { id: "rooms", lane: "p2", title: "Rooms", noteIds: [] });
    votesOn(doc, "coaches", 5);
    const carried = { carriedFrom: february, createdBy: "Ben" };
    addStep(doc, { id: "call", text: "Call the district", owner: "Ada", ...carried });
    setStepDone(doc, "call", true);
    addStep(doc, { id: "hall", text: "Book the hall", due: "2030-01-01", ...carried });
    addStep(doc, { id: "late", text: "Send the minutes", due: "2020-01-01", ...carried });
    addStep(doc, { id: "today", text: "Ask the PTA", owner: "Cy", due: dueToday, ...carried });
    addStep(doc, { id: "own", text: "A step of this board", due: "2020-01-01" });
    addStep(doc, { id: "older", text: "From January", carriedFrom: january });
  });
  reveal(march);
  return { january, february, march, dueToday };
}

describe("a continuing board's export", () => {
  it("says in its Markdown and JSON what changed since, and leaves the CSV alone", async () => {
    const { february, march } = await threeMeetings();
    const md = await (await fetch(`${server.url}/api/boards/${march}/export?format=md`)).text();
    const section = md.slice(md.indexOf("## Since last time"));
    expect(section).toContain("_Compared with February_");
    expect(section).toContain("**Next steps done since**\n\n- Call the district — Ada");
    expect(section).toContain("**Moved up**\n\n- Arts coaches: Priority two → Priority one");
    expect(section).toContain("**Dropped**\n\n- Old idea — Priority four");
    const json = (await (
      await fetch(`${server.url}/api/boards/${march}/export?format=json`)
    ).json()) as { sinceLastTime?: Progress };
    expect(json.sinceLastTime?.continues).toEqual({ id: february, title: "February" });
    const csv = await (await fetch(`${server.url}/api/boards/${march}/export?format=csv`)).text();
    expect(csv).not.toContain("Since last time");
    const first = await (
      await fetch(`${server.url}/api/boards/${february}/export?format=md`)
    ).text();
    expect(first).toContain("## Since last time");
  });
});

describe("GET /api/boards/:id/progress", () => {
  it("tells a board what became of the steps and priorities of the board it continues", async () => {
    const { january, february, march, dueToday } = await threeMeetings();
    const answer = await progress(march, "Etc/GMT+12");
    expect(answer.continues).toEqual({ id: february, title: "February" });
    expect(answer.steps).toEqual({
      done: [{ id: "call", text: "Call the district", owner: "Ada", due: "" }],
      open: [
        { id: "hall", text: "Book the hall", owner: "", due: "2030-01-01" },
        { id: "today", text: "Ask the PTA", owner: "Cy", due: dueToday },
      ],
      overdue: [{ id: "late", text: "Send the minutes", owner: "", due: "2020-01-01" }],
    });
    expect(answer.priorities).toEqual({
      new: [
        { text: "Fresh idea", lane: "Unsorted" },
        { text: "Rooms", lane: "Priority two" },
      ],
      moved: [
        { text: "Arts coaches", from: "Priority two", to: "Priority one", direction: "up" },
        { text: "teacher pay", from: "Priority one", to: "Priority three", direction: "down" },
      ],
      dropped: [{ text: "Old idea", lane: "Priority four" }],
    });
    expect(answer.votes).toEqual([{ text: "Arts coaches", before: 3, after: 5 }]);
    expect(answer.series.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: january, title: "January" },
      { id: february, title: "February" },
      { id: march, title: "March" },
    ]);
    expect(answer.series[2]).toMatchObject({
      notes: 3,
      steps: { done: 1, open: 3, overdue: 2 },
      lanes: [
        { title: "Priority one", notes: 1 },
        { title: "Priority two", notes: 0 },
        { title: "Priority three", notes: 1 },
        { title: "Priority four", notes: 0 },
        { title: "Unsorted", notes: 1 },
      ],
    });
    expect(Date.parse(String(answer.series[0]?.createdAt))).toBeGreaterThan(0);

    // Where it is already tomorrow, the step due today is overdue; UTC is the default zone.
    const east = await progress(march, "Pacific/Kiritimati");
    expect(east.steps.overdue.map((step) => step.id)).toEqual(["late", "today"]);
    expect((await progress(march)).steps.done.length).toBe(1);
  });

  it("shows votes only where both boards have revealed them", async () => {
    const january = await board("Hidden before", null, (doc) => {
      addNote(doc, { id: "n", lane: "p1", text: "Counted" });
      votesOn(doc, "n", 2);
    });
    const february = await board("Revealed after", january, (doc) => {
      addNote(doc, { id: "n", lane: "p1", text: "Counted" });
      votesOn(doc, "n", 4);
    });
    reveal(february);
    expect((await progress(february)).votes).toEqual([]);
    reveal(january);
    expect((await progress(february)).votes).toEqual([{ text: "Counted", before: 2, after: 4 }]);
  });

  it("answers with nothing to compare for a board that continues nothing", async () => {
    const alone = await board("Alone", null, (doc) => {
      addNote(doc, { lane: "p1", text: "First thought" });
    });
    const answer = await progress(alone);
    expect(answer).toEqual({
      continues: null,
      steps: { done: [], open: [], overdue: [] },
      priorities: { new: [], moved: [], dropped: [] },
      votes: [],
      series: [expect.objectContaining({ id: alone, title: "Alone", notes: 1 })],
    });
  });

  it("stops the series at a missing board, at a loop, and after six boards", async () => {
    const orphan = await board("Orphan", "noSuchBoard1", () => {});
    const answer = await progress(orphan);
    expect(answer.continues).toBeNull();
    expect(answer.series.map((row) => row.title)).toEqual(["Orphan"]);

    const { january, march } = await threeMeetings();
    server.rooms.changeBoard(january, (doc) => metaMap(doc).set(META_FIELDS.continues, march));
    const looped = await progress(march);
    expect(looped.series.map((row) => row.title)).toEqual(["January", "February", "March"]);

    let previous: string | null = null;
    for (let n = 1; n <= 8; n++) previous = await board(`Meeting ${n}`, previous, () => {});
    const long = await progress(previous as string);
    expect(long.series.map((row) => row.title)).toEqual(
      [3, 4, 5, 6, 7, 8].map((n) => `Meeting ${n}`),
    );
  });

  it("refuses an unknown board, a malformed id and an unknown time zone like the export", async () => {
    const unknown = await progressOf("unknownboard1");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "unknown-board" });
    const malformed = await progressOf("bad!id");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "malformed-id" });
    const { id } = await createBoardVia(server.url);
    const zone = await progressOf(id, "Mars/Olympus");
    expect(zone.status).toBe(400);
    expect(await zone.json()).toMatchObject({
      error: "unknown-time-zone",
      message: expect.stringContaining('"Mars/Olympus"'),
    });
  });
});
