import {
  addNote,
  castVote,
  controlDocName,
  controlMap,
  notesMap,
  readControl,
  readVotes,
  retractVote,
  setLocked,
  setPhase,
  setVoteSettings,
  setVotesRevealed,
  totalsMap,
  votesDocName,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { waitFor } from "../testing/clients";
import { refusedWith, storedDoc, useFacilitatedBoards } from "../testing/facilitation";
import { requestUpgrade } from "../testing/rawClient";
import { closeCode } from "./protocol";

const h = useFacilitatedBoards();
const board = () => h.board();

/** The facilitator's settings in a comparable form (key order differs between replicas). */
function settings(doc: import("yjs").Doc): string {
  return JSON.stringify(Object.entries(controlMap(doc).toJSON()).sort());
}

/** Lets the facilitator change the control document and waits until `observer` sees it. */
async function control(
  f: Awaited<ReturnType<typeof board>>,
  change: (doc: import("yjs").Doc) => void,
) {
  const facilitator = f.facilitator();
  await facilitator.synced;
  change(facilitator.doc);
  const watcher = f.anonymous(`${f.board.id}/control`);
  // The facilitator's settings, not the totals the server publishes in reply.
  const wanted = settings(facilitator.doc);
  await waitFor(() => settings(watcher.doc) === wanted, {
    what: "the control change to reach everyone",
  });
}

describe("facilitator-controlled state is written by the facilitator only", () => {
  it("refuses a participant's write to the control document, tells them, and neither stores nor sends it", async () => {
    const f = await board();
    const room = `${f.board.id}/control`;
    const observer = f.as(f.ben, room);
    const intruder = f.as(f.ada, room);
    await Promise.all([observer.synced, intruder.synced]);

    // A modified client writes the control document directly.
    intruder.doc.transact(() => {
      controlMap(intruder.doc).set("locked", true);
      controlMap(intruder.doc).set("votesRevealed", true);
    });
    const refusal = await refusedWith(intruder);
    expect(refusal).toEqual({
      code: closeCode.forbidden,
      reason: "only the facilitator can change this",
    });

    // The facilitator's later change arrives; the intruder's never did.
    await control(f, (doc) => setPhase(doc, "cluster"));
    await waitFor(() => readControl(observer.doc).phase === "cluster");
    expect(readControl(observer.doc).locked).toBe(false);
    const stored = readControl(storedDoc(h.server, controlDocName(f.board.id)));
    expect(stored).toMatchObject({ phase: "cluster", locked: false });
    expect(stored.votes.revealed).toBe(false);
  });

  it("refuses facilitator state written into the board document instead", async () => {
    const f = await board();
    const intruder = f.as(f.ada, f.board.id);
    await intruder.synced;
    intruder.doc.getMap("control").set("locked", false);
    const refusal = await refusedWith(intruder);
    expect(refusal.code).toBe(closeCode.malformedMessage);
    expect(storedDoc(h.server, f.board.id).share.has("control")).toBe(false);
  });

  it("refuses the facilitator's own client writing vote totals", async () => {
    const f = await board();
    const facilitator = f.facilitator();
    await facilitator.synced;
    totalsMap(facilitator.doc).set("note", 99);
    expect((await refusedWith(facilitator)).code).toBe(closeCode.malformedMessage);
    expect(totalsMap(storedDoc(h.server, controlDocName(f.board.id))).size).toBe(0);
  });

  it("refuses a wrong facilitator key, an unknown token and someone else's votes, saying why with 4401", async () => {
    const f = await board();
    const id = f.board.id;
    const closeOf = (path: string) =>
      new Promise<{ code: number; reason: string }>((resolve) => {
        const ws = new WebSocket(`${h.server.url.replace(/^http/, "ws")}${path}`);
        ws.on("error", () => undefined);
        ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
      });
    expect(await closeOf(`/ws/${id}/control?key=not-the-key`)).toEqual({
      code: closeCode.unauthorized,
      reason: "wrong facilitator key",
    });
    expect(await closeOf(`/ws/${id}?token=${f.ada.participantId}.forged`)).toEqual({
      code: closeCode.unauthorized,
      reason: "unknown participant token",
    });
    const othersVotes = `/ws/${id}/votes/${f.ada.participantId}`;
    expect((await closeOf(`${othersVotes}?token=${f.ben.token}`)).code).toBe(
      closeCode.unauthorized,
    );
    expect((await closeOf(othersVotes)).code).toBe(closeCode.unauthorized);
    const upgrade = (path: string) => requestUpgrade(h.server.port, path).then((a) => a.status);
    expect(await upgrade(`${othersVotes}?token=${f.ada.token}`)).toBe(101);
    expect(await upgrade(`/ws/${id}/other`)).toBe(400);
  });
});

describe("viewers read and never write", () => {
  it("syncs a viewer read-only, refuses its write, and keeps it from others and from storage", async () => {
    const f = await board();
    const viewToken = f.board.viewUrl.split("/v/")[1] as string;
    const writer = f.anonymous(f.board.id);
    await writer.synced;
    const noteId = addNote(writer.doc, { lane: "p1", text: "Seen by the projector" });
    const viewer = f.viewer(`view/${viewToken}`);
    await waitFor(() => notesMap(viewer.doc).has(noteId), { what: "the viewer to read the board" });
    const viewerControl = f.viewer(`view/${viewToken}/control`);
    await viewerControl.synced;

    addNote(viewer.doc, { id: "from-viewer", lane: "p2", text: "Projector graffiti" });
    expect(await refusedWith(viewer)).toEqual({
      code: closeCode.forbidden,
      reason: "this link is read-only",
    });
    controlMap(viewerControl.doc).set("phase", "review");
    expect((await refusedWith(viewerControl)).code).toBe(closeCode.forbidden);

    const marker = addNote(writer.doc, { lane: "p3", text: "Written after the refusal" });
    const other = f.anonymous(f.board.id);
    await waitFor(() => notesMap(other.doc).has(marker), { what: "the later note" });
    expect(notesMap(other.doc).has("from-viewer")).toBe(false);
    expect(notesMap(storedDoc(h.server, f.board.id)).has("from-viewer")).toBe(false);
    expect(readControl(storedDoc(h.server, controlDocName(f.board.id))).phase).toBe("write");
  });

  it("reads for a stock client given only the view token as its room, and refuses its writes", async () => {
    const f = await board();
    const viewToken = f.board.viewUrl.split("/v/")[1] as string;
    const writer = f.anonymous(f.board.id);
    await writer.synced;
    const noteId = addNote(writer.doc, { lane: "p1", text: "Seen through the token" });
    const viewer = f.viewer(viewToken);
    await waitFor(() => notesMap(viewer.doc).has(noteId), { what: "the viewer to read the board" });
    addNote(viewer.doc, { id: "token-graffiti", lane: "p2", text: "Not allowed" });
    expect(await refusedWith(viewer)).toEqual({
      code: closeCode.forbidden,
      reason: "this link is read-only",
    });
    expect(notesMap(storedDoc(h.server, f.board.id)).has("token-graffiti")).toBe(false);
  });

  it("answers the view link with the title and the way in, never the board id", async () => {
    const f = await board();
    const response = await fetch(f.board.viewUrl.replace("/v/", "/api/view/"));
    expect(response.status).toBe(200);
    const body = await response.text();
    // The join code is what the projector shows the room; the board id stays out.
    expect(JSON.parse(body)).toEqual({
      title: "Facilitated board",
      joinCode: f.board.joinCode,
      joinAddresses: [],
    });
    expect(body).not.toContain(f.board.id);
    expect((await fetch(`${h.server.url}/api/view/unknownviewtoken`)).status).toBe(404);
    const exported = await fetch(
      `${f.board.viewUrl.replace("/v/", "/api/view/")}/export?format=json`,
    );
    expect(exported.status).toBe(200);
    const text = await exported.text();
    expect(text, "the view link's export must not reveal the board id").not.toContain(f.board.id);
    expect(JSON.parse(text)).toMatchObject({ board: { title: "Facilitated board" } });
  });
});

describe("a locked board", () => {
  it("refuses participants' writes, tells them, and takes the facilitator's and, once unlocked, everyone's", async () => {
    const f = await board();
    const id = f.board.id;
    const observer = f.anonymous(id);
    await observer.synced;
    await control(f, (doc) => setLocked(doc, true));

    const ada = f.as(f.ada, id);
    await ada.synced;
    addNote(ada.doc, { id: "while-locked", lane: "p1", text: "Sneaked in" });
    expect(await refusedWith(ada)).toEqual({
      code: closeCode.forbidden,
      reason: "the board is locked",
    });

    const stock = f.anonymous(id);
    await stock.synced;
    addNote(stock.doc, { id: "anonymous-locked", lane: "p1", text: "Also sneaked" });
    expect((await refusedWith(stock)).code).toBe(closeCode.forbidden);

    const facilitator = f.facilitator(id);
    await facilitator.synced;
    const byFacilitator = addNote(facilitator.doc, { lane: "p1", text: "Facilitator's summary" });
    await waitFor(() => notesMap(observer.doc).has(byFacilitator), {
      what: "the facilitator's note",
    });
    expect(notesMap(observer.doc).has("while-locked")).toBe(false);
    expect(notesMap(storedDoc(h.server, id)).has("while-locked")).toBe(false);
    expect(notesMap(storedDoc(h.server, id)).has("anonymous-locked")).toBe(false);

    await control(f, (doc) => setLocked(doc, false));
    const again = f.as(f.ada, id);
    await again.synced;
    const after = addNote(again.doc, { lane: "p1", text: "After the unlock" });
    await waitFor(() => notesMap(observer.doc).has(after), { what: "the note after unlocking" });
  });
});

describe("dot voting", () => {
  it("takes votes up to the budget and refuses the one beyond it, storing and sending nothing of it", async () => {
    const f = await board();
    const id = f.board.id;
    await control(f, (doc) => setPhase(doc, "vote"));
    const votes = f.as(f.ada, votesDocName(id, f.ada.participantId));
    await votes.synced;
    for (let i = 0; i < 5; i++) castVote(votes.doc, i < 3 ? "idea-a" : "idea-b");
    castVote(votes.doc, "idea-c");
    expect(await refusedWith(votes)).toEqual({
      code: closeCode.forbidden,
      reason: "vote budget exceeded: 6 of 5",
    });
    const stored = readVotes(storedDoc(h.server, votesDocName(id, f.ada.participantId)));
    expect(Object.fromEntries(stored)).toEqual({ "idea-a": 3, "idea-b": 2 });
  });

  it("refuses votes outside the Vote phase and on a locked board", async () => {
    const f = await board();
    const room = votesDocName(f.board.id, f.ada.participantId);
    const early = f.as(f.ada, room);
    await early.synced;
    castVote(early.doc, "idea");
    expect((await refusedWith(early)).reason).toBe("voting is closed");

    await control(f, (doc) => {
      setPhase(doc, "vote");
      setLocked(doc, true);
    });
    const locked = f.as(f.ada, room);
    await locked.synced;
    castVote(locked.doc, "idea");
    expect((await refusedWith(locked)).reason).toBe("the board is locked");
    expect(readVotes(storedDoc(h.server, room)).size).toBe(0);
  });

  it("applies the budget per priority when the facilitator asks, and lets votes be taken back after the budget shrinks", async () => {
    const f = await board();
    const id = f.board.id;
    const writer = f.facilitator(id);
    await writer.synced;
    const inP1 = addNote(writer.doc, { lane: "p1", text: "One" });
    const inP2 = addNote(writer.doc, { lane: "p2", text: "Two" });
    await control(f, (doc) => {
      setPhase(doc, "vote");
      setVoteSettings(doc, { budget: 2, perLane: true });
    });
    const room = votesDocName(id, f.ada.participantId);
    const votes = f.as(f.ada, room);
    await votes.synced;
    castVote(votes.doc, inP1);
    castVote(votes.doc, inP1);
    castVote(votes.doc, inP2);
    castVote(votes.doc, inP2);
    castVote(votes.doc, inP1);
    expect((await refusedWith(votes)).reason).toBe("vote budget exceeded in a priority: 3 of 2");
    expect(Object.fromEntries(readVotes(storedDoc(h.server, room)))).toEqual({
      [inP1]: 2,
      [inP2]: 2,
    });

    await control(f, (doc) => setVoteSettings(doc, { budget: 1, perLane: false }));
    const fewer = f.as(f.ada, room);
    await fewer.synced;
    retractVote(fewer.doc, inP1);
    await waitFor(() => readVotes(storedDoc(h.server, room)).get(inP1) === 1, {
      what: "the vote taken back to be stored",
    });
    expect(fewer.closes).toEqual([]);
  });

  it("keeps totals out of everyone's documents until the facilitator reveals them", async () => {
    const f = await board();
    const id = f.board.id;
    await control(f, (doc) => setPhase(doc, "vote"));
    const ada = f.as(f.ada, votesDocName(id, f.ada.participantId));
    const ben = f.as(f.ben, votesDocName(id, f.ben.participantId));
    await Promise.all([ada.synced, ben.synced]);
    castVote(ada.doc, "idea-a");
    castVote(ada.doc, "idea-a");
    castVote(ben.doc, "idea-a");
    castVote(ben.doc, "idea-b");
    const stored = () => readVotes(storedDoc(h.server, votesDocName(id, f.ben.participantId)));
    await waitFor(() => stored().size === 2, { what: "Ben's votes to be stored" });

    const participantView = f.as(f.ben, `${id}/control`);
    await participantView.synced;
    expect(totalsMap(participantView.doc).size).toBe(0);
    expect(totalsMap(storedDoc(h.server, controlDocName(id))).size).toBe(0);

    await control(f, (doc) => setVotesRevealed(doc, true));
    await waitFor(() => readControl(participantView.doc).totals?.["idea-a"] === 3, {
      what: "the revealed totals",
    });
    expect(readControl(participantView.doc).totals).toEqual({ "idea-a": 3, "idea-b": 1 });

    retractVote(ben.doc, "idea-a");
    await waitFor(() => readControl(participantView.doc).totals?.["idea-a"] === 2, {
      what: "totals to follow a vote taken back",
    });

    await control(f, (doc) => setVotesRevealed(doc, false));
    await waitFor(() => totalsMap(participantView.doc).size === 0, { what: "totals to be hidden" });
    expect(totalsMap(storedDoc(h.server, controlDocName(id))).size).toBe(0);
  });
});
