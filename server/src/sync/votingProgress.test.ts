import {
  addNote,
  castVote,
  controlDocName,
  peopleMap,
  readControl,
  retractVote,
  setPhase,
  setVoteSettings,
  setVotesRevealed,
  type VoteUsage,
  votesDocName,
  votingMap,
} from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type TestClient, waitFor, waitForAnswer } from "../testing/clients";
import { facilitatedBoard, refusedWith, storedDoc } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Waits until the control document seen by `client` holds `wanted` as everyone's progress. */
async function progressIs(client: TestClient, wanted: Record<string, VoteUsage>, what: string) {
  const text = (value: unknown) => JSON.stringify(Object.entries(value as object).sort());
  await waitFor(() => text(readControl(client.doc).voting) === text(wanted), {
    what: `${what}; progress now ${JSON.stringify(readControl(client.doc).voting)}`,
  });
}

/** Every string the document's state holds, as bytes: item ids would show up here. */
function stateText(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString("latin1");
}

describe("voting progress and a lowered budget", () => {
  it("publishes counts per person, never item ids, and leaves votes over a lowered budget out of the totals", async () => {
    const f = await facilitatedBoard(server);
    try {
      const id = f.board.id;
      const ada = f.ada.participantId;
      const ben = f.ben.participantId;
      const author = f.as(f.ada, id);
      await author.synced;
      // Ids in a known order, as the rule drops the votes on the highest ids first.
      const [a, b, c] = ["note-a", "note-b", "note-c"];
      for (const [note, text] of [
        [a, "Longer breaks"],
        [b, "Shared calendar"],
        [c, "Quiet room"],
      ] as const) {
        addNote(author.doc, { id: note, lane: "p1", text });
      }

      const facilitator = f.facilitator();
      await facilitator.synced;
      setPhase(facilitator.doc, "vote");
      await progressIs(
        facilitator,
        {
          [ada]: { used: 0, left: 5, over: 0 },
          [ben]: { used: 0, left: 5, over: 0 },
        },
        "everyone on the roster with the whole budget",
      );

      const adaVotes = f.as(f.ada, votesDocName(id, ada));
      const benVotes = f.as(f.ben, votesDocName(id, ben));
      await Promise.all([adaVotes.synced, benVotes.synced]);
      for (const item of [a, a, b, b, c]) castVote(adaVotes.doc, item);
      castVote(benVotes.doc, a);
      await progressIs(
        facilitator,
        {
          [ada]: { used: 5, left: 0, over: 0 },
          [ben]: { used: 1, left: 4, over: 0 },
        },
        "Ada done, Ben with four left",
      );
      const voted = Object.values(readControl(facilitator.doc).voting).filter((p) => p.used > 0);
      expect(voted).toHaveLength(2);
      expect(Object.keys(readControl(facilitator.doc).people)).toHaveLength(2);

      setVoteSettings(facilitator.doc, { budget: 3 });
      await progressIs(
        facilitator,
        {
          [ada]: { used: 5, left: 0, over: 2 },
          [ben]: { used: 1, left: 2, over: 0 },
        },
        "Ada two over the lowered budget",
      );

      // Before the reveal, the facilitator's copy of the control document (and the stored one)
      // holds who voted how much, and nothing of which notes anyone chose.
      for (const doc of [facilitator.doc, storedDoc(server, controlDocName(id))]) {
        const text = stateText(doc);
        for (const item of [a, b, c]) expect(text).not.toContain(item);
      }
      expect(readControl(facilitator.doc).totals).toBeNull();

      // The facilitator's export counts as the reveal will: Ada's a, a, b within 3; c dropped.
      const exported = async () => {
        const response = await fetch(`${server.url}/api/boards/${id}/export?format=json`, {
          headers: { authorization: `Bearer ${f.board.facilitatorKey}` },
        });
        const json = (await response.json()) as {
          lanes: { id: string; notes: { id: string; votes: number | null }[] }[];
        };
        const notes = json.lanes.flatMap((lane) => lane.notes);
        return Object.fromEntries(notes.map((note) => [note.id, note.votes]));
      };
      expect(await exported()).toEqual({ [a]: 3, [b]: 1, [c]: 0 });

      setVotesRevealed(facilitator.doc, true);
      await waitFor(() => readControl(facilitator.doc).totals?.[a] === 3, {
        what: "the revealed totals",
      });
      expect(readControl(facilitator.doc).totals).toEqual({ [a]: 3, [b]: 1 });

      // Ada may take votes back but not add one while over the budget.
      retractVote(adaVotes.doc, b);
      await progressIs(
        facilitator,
        {
          [ada]: { used: 4, left: 0, over: 1 },
          [ben]: { used: 1, left: 2, over: 0 },
        },
        "Ada one over after taking one back",
      );
      expect(adaVotes.closes).toEqual([]);
      castVote(adaVotes.doc, b);
      expect((await refusedWith(adaVotes)).reason).toBe("vote budget exceeded: 5 of 3");
      await progressIs(
        facilitator,
        {
          [ada]: { used: 4, left: 0, over: 1 },
          [ben]: { used: 1, left: 2, over: 0 },
        },
        "the refused vote changes nothing",
      );
      // Her a, a, b still count; c stays over the budget.
      expect(readControl(facilitator.doc).totals).toEqual({ [a]: 3, [b]: 1 });
      await waitForAnswer(async () => (await exported())[b] === 1, {
        what: "the export to match the reveal",
      });
    } finally {
      f.close();
    }
  });

  it("applies a lowered budget per priority, and lists people as they join", async () => {
    const f = await facilitatedBoard(server);
    try {
      const id = f.board.id;
      const ada = f.ada.participantId;
      const author = f.as(f.ada, id);
      await author.synced;
      const inP1 = addNote(author.doc, { id: "in-p1", lane: "p1", text: "One" });
      const inP2 = addNote(author.doc, { id: "in-p2", lane: "p2", text: "Two" });
      const facilitator = f.facilitator();
      await facilitator.synced;
      setPhase(facilitator.doc, "vote");
      setVoteSettings(facilitator.doc, { budget: 3, perLane: true });
      await waitFor(() => readControl(facilitator.doc).voting[ada]?.left === 15, {
        what: "three votes in each of five priorities",
      });
      const votes = f.as(f.ada, votesDocName(id, ada));
      await votes.synced;
      for (const item of [inP1, inP1, inP1, inP2]) castVote(votes.doc, item);
      await waitFor(() => readControl(facilitator.doc).voting[ada]?.used === 4, {
        what: "Ada's four votes",
      });
      setVoteSettings(facilitator.doc, { budget: 2 });
      await waitFor(() => readControl(facilitator.doc).voting[ada]?.over === 1, {
        what: "one over in Priority one",
      });
      expect(readControl(facilitator.doc).voting[ada]).toEqual({ used: 4, left: 7, over: 1 });
      setVotesRevealed(facilitator.doc, true);
      await waitFor(() => readControl(facilitator.doc).totals?.[inP1] !== undefined, {
        what: "the revealed totals",
      });
      expect(readControl(facilitator.doc).totals).toEqual({ [inP1]: 2, [inP2]: 1 });

      const response = await fetch(`${server.url}/api/boards/${id}/participants`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Cy" }),
      });
      const cy = ((await response.json()) as { participantId: string }).participantId;
      await waitFor(() => readControl(facilitator.doc).voting[cy] !== undefined, {
        what: "the newcomer in the progress",
      });
      expect(readControl(facilitator.doc).voting[cy]).toEqual({ used: 0, left: 10, over: 0 });
      expect(peopleMap(facilitator.doc).size).toBe(3);
      expect(votingMap(facilitator.doc).size).toBe(3);
    } finally {
      f.close();
    }
  });
});
