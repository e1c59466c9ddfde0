import {
  addNote,
  castVote,
  controlDocName,
  createCluster,
  readControl,
  setPhase,
  setVotesRevealed,
  votesDocName,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { createBoardVia, waitFor, waitForAnswer } from "../testing/clients";
import { joinAs } from "../testing/facilitation";
import { useServerWithClients } from "../testing/serverWithClients";

const h = useServerWithClients();
const open = h.open;

const exportOf = (id: string, format: string, headers: Record<string, string> = {}) =>
  fetch(`${h.server.url}/api/boards/${id}/export?format=${format}`, { headers });

/** A board with notes in two lanes and a cluster, written by a participant. */
async function boardWithNotes() {
  const board = await createBoardVia(h.server.url, "Spring roundtable");
  const ada = await joinAs(h.server.url, board.id, "Ada");
  const writer = open(board.id, { token: ada.token });
  await writer.synced;
  const a = addNote(writer.doc, {
    lane: "p1",
    text: "Arts teaching AND arts integration",
    author: ada.participantId,
  });
  const b = addNote(writer.doc, {
    lane: "p1",
    text: "Missing higher ed",
    author: ada.participantId,
  });
  addNote(writer.doc, {
    lane: "p2",
    text: '=SUM(A1), "quoted"\nsecond line',
    author: ada.participantId,
  });
  createCluster(writer.doc, { lane: "p1", title: "Educators", noteIds: [a, b] });
  // Until the server holds the notes, the export would miss them.
  await waitForAnswer(
    async () => {
      const json = (await (await exportOf(board.id, "json")).json()) as {
        lanes: { clusters: unknown[]; notes: unknown[] }[];
      };
      return json.lanes[0]?.clusters.length === 1 && json.lanes[1]?.notes.length === 1;
    },
    { what: "the notes to reach the server" },
  );
  return { board, ada, noteA: a };
}

describe("GET /api/boards/:id/export", () => {
  it("downloads Markdown minutes, a CSV and a JSON snapshot of the board as it is now", async () => {
    const { board } = await boardWithNotes();
    const md = await exportOf(board.id, "md");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("content-disposition")).toMatch(
      /^attachment; filename="spring-roundtable-.*\.md"$/,
    );
    const minutes = await md.text();
    expect(minutes).toContain("## Priority one");
    expect(minutes).toContain("- **Educators**\n  - ");
    expect(minutes).toContain("Missing higher ed");

    const csvBytes = new Uint8Array(await (await exportOf(board.id, "csv")).arrayBuffer());
    expect([...csvBytes.slice(0, 3)], "a byte-order mark for Excel").toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(csvBytes);
    expect(csv.split("\r\n")[0]).toBe("priority,cluster,text,votes,author,created");
    expect(csv).toContain("Priority one,Educators,Missing higher ed,,Ada,");
    // The formula cell is neutralised; the quotes doubled; the line break kept inside one cell.
    expect(csv).toContain(`"'=SUM(A1), ""quoted""\nsecond line"`);

    const json = (await (await exportOf(board.id, "json")).json()) as {
      schemaVersion: number;
      board: { id: string; title: string };
      lanes: {
        id: string;
        notes: unknown[];
        clusters: { title: string; notes: { authorName: string }[] }[];
      }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.board).toMatchObject({ id: board.id, title: "Spring roundtable" });
    // The priorities first, Unsorted last: the room's order.
    expect(json.lanes.map((lane) => lane.id)).toEqual(["p1", "p2", "p3", "p4", "inbox"]);
    expect(json.lanes[0]?.clusters[0]?.title).toBe("Educators");
    expect(json.lanes[0]?.clusters[0]?.notes[0]?.authorName).toBe("Ada");
  });

  it("leaves votes out until they are revealed, unless the facilitator asks", async () => {
    const { board, ada, noteA } = await boardWithNotes();
    const facilitator = open(controlDocName(board.id), { key: board.facilitatorKey });
    await facilitator.synced;
    setPhase(facilitator.doc, "vote");
    const watcher = open(controlDocName(board.id));
    await waitFor(() => readControl(watcher.doc).phase === "vote", { what: "the Vote phase" });
    const votes = open(votesDocName(board.id, ada.participantId), { token: ada.token });
    await votes.synced;
    castVote(votes.doc, noteA);
    castVote(votes.doc, noteA);
    const votesOn = async (headers: Record<string, string> = {}) => {
      const json = (await (await exportOf(board.id, "json", headers)).json()) as {
        lanes: { clusters: { notes: { id: string; votes: number | null }[] }[] }[];
      };
      return json.lanes[0]?.clusters[0]?.notes.find((note) => note.id === noteA)?.votes;
    };
    const asFacilitator = { authorization: `Bearer ${board.facilitatorKey}` };
    await waitForAnswer(async () => (await votesOn(asFacilitator)) === 2, {
      what: "the facilitator's export to count the two votes",
    });
    expect(await votesOn()).toBeNull();
    expect((await exportOf(board.id, "json", { authorization: "Bearer wrong" })).status).toBe(403);

    setVotesRevealed(facilitator.doc, true);
    await waitForAnswer(async () => (await votesOn()) === 2, {
      what: "everyone's export to count the votes once revealed",
    });
  });

  it("refuses an unknown format and an unknown board", async () => {
    const { id } = await createBoardVia(h.server.url);
    const bad = await exportOf(id, "pdf");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "unknown-format" });
    expect((await exportOf("unknownboard1", "md")).status).toBe(404);
  });

  it("writes times in the time zone the browser sends, and refuses an unknown one", async () => {
    const { id } = await createBoardVia(h.server.url, "Zoned");
    const at = (tz: string) => fetch(`${h.server.url}/api/boards/${id}/export?format=md&tz=${tz}`);
    const zoned = await at(encodeURIComponent("America/Los_Angeles"));
    expect(zoned.status).toBe(200);
    expect(await zoned.text()).toMatch(
      /\n_Exported \d{4}-\d\d-\d\d \d\d:\d\d America\/Los_Angeles_\n/,
    );
    expect(await (await exportOf(id, "md")).text()).toMatch(/_Exported [^_]* UTC_/);
    const bad = await at("Mars%2FOlympus");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "unknown-time-zone",
      message: expect.stringContaining('"Mars/Olympus"'),
    });
  });
});
