import {
  addNote,
  addStep,
  castVote,
  controlDocName,
  createCluster,
  defineTerm,
  META_FIELDS,
  metaMap,
  readBoard,
  readControl,
  readGlossary,
  readLanes,
  readSteps,
  renameLane,
  setPhase,
  votesDocName,
} from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoardVia, waitFor, waitForAnswer } from "../testing/clients";
import { joinAs } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";
import { useServerWithClients } from "../testing/serverWithClients";
import { openDatabase, storedRows } from "../testing/storageFaults";

const h = useServerWithClients();

type Created = { id: string; title: string; facilitatorKey: string };

async function postBoard(
  body: unknown,
  url = h.server.url,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function continueBoard(body: Record<string, unknown>): Promise<Created> {
  const { status, json } = await postBoard(body);
  expect(status, JSON.stringify(json)).toBe(201);
  return json as unknown as Created;
}

const boardCount = (dataDir = h.server.dataDir) => {
  const db = openDatabase(dataDir);
  const { n } = db.prepare("SELECT COUNT(*) AS n FROM boards").get() as { n: number };
  db.close();
  return n;
};

/** The earlier board after a meeting, written by the server as a program would. */
async function earlierBoard() {
  const board = await createBoardVia(h.server.url, "March roundtable");
  const ada = await joinAs(h.server.url, board.id, "Ada");
  const ids = h.server.rooms.changeBoard(board.id, (doc) => {
    renameLane(doc, "p1", { title: "Must do", subtitle: "Before June" }, "server");
    renameLane(doc, "p4", { title: "Someday" }, "server");
    const a = addNote(doc, { lane: "p1", text: "Attendance", author: ada.participantId });
    const b = addNote(doc, { lane: "p1", text: "Tardies", color: "#bbf7d0" });
    const c = addNote(doc, { lane: "p2", text: "LCAP survey", author: ada.participantId });
    const cluster = createCluster(doc, { lane: "p1", title: "Showing up", noteIds: [a, b] });
    const open = addStep(
      doc,
      {
        text: "Send the LCAP survey",
        owner: "Ada",
        due: "2025-04-01",
        measure: "60% of families answer",
        item: c,
        createdAt: 1_700_000_000_000,
        createdBy: "Ben",
      },
      "server",
    );
    const alsoOpen = addStep(doc, { text: "Call families", item: cluster }, "server");
    const done = addStep(doc, { text: "Book the room", done: true }, "server");
    defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
    defineTerm(doc, "KQED", { meaning: "", fine: true });
    return { a, b, c, cluster, open, alsoOpen, done };
  });
  return { board, ada, ...ids };
}

describe("POST /api/boards with continues", () => {
  it("brings the open steps, lanes and glossary over, and records what it continues", async () => {
    const earlier = await earlierBoard();
    const next = await continueBoard({ title: "April roundtable", continues: earlier.board.id });
    expect(next.title).toBe("April roundtable");
    const { steps, lanes, glossary, continues, notes } = h.server.rooms.read(next.id, (doc) => ({
      steps: readSteps(doc),
      lanes: readLanes(doc).map(({ id, title, subtitle }) => ({ id, title, subtitle })),
      glossary: [...readGlossary(doc).values()],
      continues: metaMap(doc).get(META_FIELDS.continues),
      notes: readBoard(doc).notes,
    }));
    // Only the open steps, under their own ids, created when and by whom they were.
    expect(steps.map((s) => s.id).sort()).toEqual([earlier.open, earlier.alsoOpen].sort());
    expect(steps.find((s) => s.id === earlier.open)).toEqual({
      id: earlier.open,
      text: "Send the LCAP survey",
      owner: "Ada",
      due: "2025-04-01",
      measure: "60% of families answer",
      done: false,
      item: "",
      createdAt: 1_700_000_000_000,
      createdBy: "Ben",
      carriedFrom: earlier.board.id,
    });
    expect(steps.every((s) => s.carriedFrom === earlier.board.id && !s.done)).toBe(true);
    expect(lanes).toEqual([
      { id: "inbox", title: "Unsorted", subtitle: expect.any(String) },
      { id: "p1", title: "Must do", subtitle: "Before June" },
      { id: "p2", title: "Priority two", subtitle: expect.any(String) },
      { id: "p3", title: "Priority three", subtitle: expect.any(String) },
      { id: "p4", title: "Someday", subtitle: expect.any(String) },
    ]);
    expect(glossary).toEqual([
      { term: "LCAP", meaning: "Local Control and Accountability Plan", fine: false },
      { term: "KQED", meaning: "", fine: true },
    ]);
    expect(continues).toBe(earlier.board.id);
    // Without carryNotes the notes stay behind.
    expect(notes).toEqual([]);
    // The earlier board is left as it was.
    expect(h.server.rooms.read(earlier.board.id, readSteps)).toHaveLength(3);
  });

  it("with carryNotes, brings every note into the inbox under its id, unclustered, no votes", async () => {
    const earlier = await earlierBoard();
    const facilitator = h.open(controlDocName(earlier.board.id), {
      key: earlier.board.facilitatorKey,
    });
    await facilitator.synced;
    setPhase(facilitator.doc, "vote");
    const watcher = h.open(controlDocName(earlier.board.id));
    await waitFor(() => readControl(watcher.doc).phase === "vote", { what: "the Vote phase" });
    const votes = h.open(votesDocName(earlier.board.id, earlier.ada.participantId), {
      token: earlier.ada.token,
    });
    await votes.synced;
    castVote(votes.doc, earlier.c);
    const exported = async (id: string, key: string) => {
      const response = await fetch(`${h.server.url}/api/boards/${id}/export?format=json`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const json = (await response.json()) as {
        lanes: { notes: { id: string; votes: number | null }[] }[];
      };
      return json.lanes.flatMap((lane) => lane.notes);
    };
    await waitForAnswer(
      async () =>
        (await exported(earlier.board.id, earlier.board.facilitatorKey)).some((n) => n.votes === 1),
      { what: "the vote to count" },
    );

    const next = await continueBoard({ continues: earlier.board.id, carryNotes: true });
    const { notes, clusters, steps } = h.server.rooms.read(next.id, (doc) => ({
      ...readBoard(doc),
      steps: readSteps(doc),
    }));
    // In the room's order: the cluster in Must do first, then Priority two.
    expect(notes.map((n) => n.id)).toEqual([earlier.a, earlier.b, earlier.c]);
    expect(notes.map((n) => n.text)).toEqual(["Attendance", "Tardies", "LCAP survey"]);
    expect(notes.every((n) => n.lane === "inbox" && n.cluster === null)).toBe(true);
    expect(notes[0]?.author).toBe(earlier.ada.participantId);
    expect(notes[1]?.color).toBe("#bbf7d0");
    expect(clusters).toEqual([]);
    // The step's note came over with it; the cluster did not.
    expect(steps.find((s) => s.id === earlier.open)?.item).toBe(earlier.c);
    expect(steps.find((s) => s.id === earlier.alsoOpen)?.item).toBe("");
    // The new board's totals start from nothing, even for the facilitator.
    expect((await exported(next.id, next.facilitatorKey)).map((n) => n.votes)).toEqual([0, 0, 0]);
  });

  it("reads a board people are on from its live room", async () => {
    const board = await createBoardVia(h.server.url);
    const writer = h.open(board.id);
    await writer.synced;
    const id = addStep(writer.doc, { text: "Written just now", owner: "Ada" });
    await waitFor(() => h.server.rooms.read(board.id, readSteps).length === 1, {
      what: "the step to reach the server",
    });
    expect(h.server.rooms.loaded(board.id)).toBeDefined();
    const next = await continueBoard({ continues: board.id });
    expect(h.server.rooms.read(next.id, readSteps)).toMatchObject([
      { id, text: "Written just now", owner: "Ada", carriedFrom: board.id },
    ]);
  });

  it("answers 404 for an unknown board and 400 for a malformed id, and creates nothing", async () => {
    const before = boardCount();
    const unknown = await postBoard({ continues: "a".repeat(21) });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: "unknown-board" });
    for (const continues of ["../x", "", 12, "not a board id"]) {
      const malformed = await postBoard({ continues });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toMatchObject({ error: "invalid-body" });
    }
    const earlier = await createBoardVia(h.server.url);
    const notBoolean = await postBoard({ continues: earlier.id, carryNotes: "yes" });
    expect(notBoolean).toMatchObject({ status: 400, json: { error: "invalid-body" } });
    const alone = await postBoard({ carryNotes: true });
    expect(alone).toMatchObject({ status: 400, json: { error: "invalid-body" } });
    expect(String(alone.json.message)).toMatch(/carryNotes needs continues/);
    expect(boardCount()).toBe(before + 1);
  });

  it("refuses to copy a damaged board with 503 board-damaged, and creates nothing", async () => {
    const earlier = await earlierBoard();
    await waitFor(() => h.server.rooms.loaded(earlier.board.id) === undefined, {
      what: "unloaded",
    });
    const db = openDatabase(h.server.dataDir);
    const { snapshot } = storedRows(db, earlier.board.id);
    expect(snapshot).toBeDefined();
    const damaged = Buffer.from(snapshot?.data ?? []);
    for (let i = 0; i < 4; i++) damaged[40 + i] = (damaged[40 + i] ?? 0) ^ 0x5a;
    db.prepare("UPDATE doc_snapshots SET data = ? WHERE doc = ?").run(damaged, earlier.board.id);
    db.close();
    const before = boardCount();
    const { status, json } = await postBoard({ continues: earlier.board.id, carryNotes: true });
    expect(status).toBe(503);
    expect(json).toMatchObject({ error: "board-damaged" });
    expect(String(json.message)).toMatch(/board to continue.*nothing was created/);
    expect(boardCount()).toBe(before);
  });
});

describe("continuing a board too big to copy", () => {
  const CAP = 30_000;
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ limits: { maxBoardBytes: CAP } });
  });
  afterAll(async () => {
    await small.close();
  });

  it("answers 413 board-full and creates nothing", async () => {
    const earlier = await createBoardVia(small.url);
    // Another program stored more than the server lets anyone write: the copy cannot fit.
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      small.rooms.read(earlier.id, (d) => Y.encodeStateAsUpdate(d)),
    );
    const before = Y.encodeStateVector(doc);
    for (let i = 0; i < 30; i++) addNote(doc, { lane: "p1", text: `${"x".repeat(1500)} ${i}` });
    addStep(doc, { text: "Still to do" });
    small.storage.appendUpdate(earlier.id, Y.encodeStateAsUpdate(doc, before));
    const boards = boardCount(small.dataDir);
    const { status, json } = await postBoard(
      { continues: earlier.id, carryNotes: true },
      small.url,
    );
    expect(status).toBe(413);
    expect(json).toMatchObject({ error: "board-full" });
    expect(String(json.message)).toMatch(/too big to copy.*nothing was created/);
    expect(boardCount(small.dataDir)).toBe(boards);
    // Its open steps alone fit.
    const stepsOnly = await postBoard({ continues: earlier.id }, small.url);
    expect(stepsOnly.status).toBe(201);
    expect(small.rooms.read(String(stepsOnly.json.id), readSteps)).toHaveLength(1);
  });
});
