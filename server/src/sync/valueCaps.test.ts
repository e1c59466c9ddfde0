import {
  addNote,
  addStep,
  castVote,
  controlDocName,
  notesMap,
  setPhase,
  stepsMap,
  votesDocName,
  votesMap,
} from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { waitFor } from "../testing/clients";
import { facilitatedBoard, refusedWith, storedDoc } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function noteText(doc: Y.Doc, id: string): Y.Text {
  return (notesMap(doc).get(id) as Y.Map<unknown>).get("text") as Y.Text;
}

describe("note text from any client is capped at 2,000 characters", () => {
  it("takes a note of exactly 2,000, refuses one character more with 4400", async () => {
    const f = await facilitatedBoard(server);
    try {
      const writer = f.as(f.ada, f.board.id);
      await writer.synced;
      const id = addNote(writer.doc, { lane: "p1", text: "😀".repeat(1000) + "a".repeat(1000) });
      await waitFor(() => storedDoc(server, f.board.id).getMap("notes").has(id), {
        what: "the full note stored",
      });
      noteText(writer.doc, id).insert(0, "!");
      expect(await refusedWith(writer)).toMatchObject({ code: 4400, reason: /2,000 characters/ });
      expect(storedDoc(server, f.board.id).getMap("notes").size).toBe(1);
      expect(noteText(storedDoc(server, f.board.id), id).toString()).not.toContain("!");
    } finally {
      f.close();
    }
  });

  it("refuses a plain-string text over the cap, and lets a note written before the cap shrink", async () => {
    const f = await facilitatedBoard(server);
    try {
      const legacy = server.rooms.changeBoard(f.board.id, (doc) =>
        addNote(doc, { lane: "p1", text: "" }),
      );
      server.rooms.changeBoard(f.board.id, (doc) =>
        noteText(doc, legacy).insert(0, "L".repeat(3000)),
      );
      const writer = f.as(f.ada, f.board.id);
      await writer.synced;
      noteText(writer.doc, legacy).delete(0, 100);
      await waitFor(() => noteText(storedDoc(server, f.board.id), legacy).length === 2900, {
        what: "the shortened note stored",
      });
      notesMap(writer.doc).set("plain", new Y.Map([["text", "p".repeat(2001)]]));
      expect(await refusedWith(writer)).toMatchObject({ code: 4400 });
      expect(storedDoc(server, f.board.id).getMap("notes").has("plain")).toBe(false);
    } finally {
      f.close();
    }
  });
});

describe("a next step's text is capped at 500 characters", () => {
  it("takes a participant's step of exactly 500, refuses one character more with 4400", async () => {
    const f = await facilitatedBoard(server);
    try {
      const writer = f.as(f.ada, f.board.id);
      await writer.synced;
      const id = addStep(writer.doc, { text: "s".repeat(500), owner: "Ada", due: "2027-01-15" });
      await waitFor(() => storedDoc(server, f.board.id).getMap("steps").has(id), {
        what: "the step stored",
      });
      const text = (stepsMap(writer.doc).get(id) as Y.Map<unknown>).get("text") as Y.Text;
      text.insert(0, "!");
      expect(await refusedWith(writer)).toMatchObject({ code: 4400, reason: /500 characters/ });
      const stored = stepsMap(storedDoc(server, f.board.id)).get(id) as Y.Map<unknown>;
      expect((stored.get("text") as Y.Text).toString()).not.toContain("!");
    } finally {
      f.close();
    }
  });
});

describe("vote counts are whole numbers of 0 or more", () => {
  it.each([-1, Number.NaN, 1.5])("refuses a count of %s with 4400", async (count) => {
    const f = await facilitatedBoard(server);
    try {
      const facilitator = f.facilitator();
      await facilitator.synced;
      setPhase(facilitator.doc, "vote");
      await waitFor(
        () =>
          storedDoc(server, controlDocName(f.board.id)).getMap("control").get("phase") === "vote",
        { what: "the vote phase" },
      );
      const room = votesDocName(f.board.id, f.ada.participantId);
      const voter = f.as(f.ada, room);
      await voter.synced;
      votesMap(voter.doc).set("note-a", count);
      expect(await refusedWith(voter)).toMatchObject({ code: 4400, reason: /whole number/ });
      expect(storedDoc(server, room).getMap("votes").has("note-a")).toBe(false);
    } finally {
      f.close();
    }
  });

  it("a malformed count stored before never blocks its owner's own votes", async () => {
    const f = await facilitatedBoard(server);
    try {
      const room = votesDocName(f.board.id, f.ada.participantId);
      const old = new Y.Doc();
      votesMap(old).set("note-old", Number.NaN);
      server.storage.appendUpdate(room, Y.encodeStateAsUpdate(old));
      const facilitator = f.facilitator();
      await facilitator.synced;
      setPhase(facilitator.doc, "vote");
      await waitFor(
        () =>
          storedDoc(server, controlDocName(f.board.id)).getMap("control").get("phase") === "vote",
        { what: "the vote phase" },
      );
      const voter = f.as(f.ada, room);
      await voter.synced;
      castVote(voter.doc, "note-a");
      await waitFor(() => storedDoc(server, room).getMap("votes").get("note-a") === 1, {
        what: "the vote stored",
      });
      expect(voter.closes).toEqual([]);
    } finally {
      f.close();
    }
  });
});
