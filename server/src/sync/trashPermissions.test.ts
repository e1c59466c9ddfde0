import {
  addNote,
  deleteNote,
  notesMap,
  readTrash,
  restoreNote,
  trashMap,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { waitFor } from "../testing/clients";
import { refusedWith, storedDoc, useFacilitatedBoards } from "../testing/facilitation";
import { closeCode } from "./protocol";

const h = useFacilitatedBoards();

const refusal = {
  code: closeCode.forbidden,
  reason: "only its author or the facilitator can restore a deleted note",
};

/** Ada writes a note, Ben deletes it: it waits in the trash as Ada's, deleted by Ben. */
async function adaNoteDeletedByBen() {
  const f = await h.board();
  const ada = f.as(f.ada, f.board.id);
  const ben = f.as(f.ben, f.board.id);
  await Promise.all([ada.synced, ben.synced]);
  const id = addNote(ada.doc, { lane: "p1", text: "Ada's idea", author: f.ada.participantId });
  await waitFor(() => notesMap(ben.doc).has(id), { what: "Ada's note at Ben's" });
  deleteNote(ben.doc, id, "local", { deletedBy: f.ben.participantId });
  await waitFor(() => trashMap(ada.doc).has(id), { what: "the trash entry at Ada's" });
  return { f, ada, ben, id };
}

describe("the trash: only a note's author or the facilitator takes it out", () => {
  it("refuses another participant's restore, tells them, and neither stores nor sends it", async () => {
    const { f, ada, ben, id } = await adaNoteDeletedByBen();
    restoreNote(ben.doc, id);
    expect(await refusedWith(ben)).toEqual(refusal);
    // Ada's later note arrives at a fresh client; the restore never did.
    const marker = addNote(ada.doc, { lane: "p2", text: "after the refusal" });
    const late = f.anonymous(f.board.id);
    await waitFor(() => notesMap(late.doc).has(marker), { what: "the later note" });
    expect(notesMap(late.doc).has(id)).toBe(false);
    expect(readTrash(late.doc).map((entry) => entry.id)).toEqual([id]);
    expect(readTrash(storedDoc(h.server, f.board.id)).map((entry) => entry.id)).toEqual([id]);
  });

  it("refuses purging another's entry, and overwriting it with one's own", async () => {
    const { f, id } = await adaNoteDeletedByBen();
    const purger = f.as(f.ben, f.board.id);
    await purger.synced;
    trashMap(purger.doc).delete(id);
    expect(await refusedWith(purger)).toEqual(refusal);

    const forger = f.anonymous(f.board.id);
    await forger.synced;
    const entry = trashMap(forger.doc).get(id) as Record<string, unknown>;
    trashMap(forger.doc).set(id, { ...entry, author: "someone-else" });
    expect(await refusedWith(forger)).toEqual(refusal);
    expect(readTrash(storedDoc(h.server, f.board.id))[0]?.author).toBe(f.ada.participantId);
  });

  it("lets the author restore their note, and keeps everyone's writes flowing", async () => {
    const { f, ada, ben, id } = await adaNoteDeletedByBen();
    restoreNote(ada.doc, id);
    await waitFor(() => notesMap(ben.doc).has(id), { what: "the restored note at Ben's" });
    expect(readTrash(ben.doc)).toEqual([]);
    // Ben deletes and restores his own note: allowed, though Ada's was refused to him.
    const own = addNote(ben.doc, { lane: "p3", text: "Ben's", author: f.ben.participantId });
    deleteNote(ben.doc, own, "local", { deletedBy: f.ben.participantId });
    restoreNote(ben.doc, own);
    await waitFor(() => notesMap(ada.doc).has(own), { what: "Ben's note at Ada's" });
    expect(ada.closes.filter((close) => close.code >= 4000)).toEqual([]);
    expect(ben.closes.filter((close) => close.code >= 4000)).toEqual([]);
  });

  it("lets the facilitator restore anyone's note", async () => {
    const { f, ben, id } = await adaNoteDeletedByBen();
    const facilitator = f.facilitator(f.board.id);
    await facilitator.synced;
    restoreNote(facilitator.doc, id);
    await waitFor(() => notesMap(ben.doc).has(id), { what: "the restored note at Ben's" });
    expect(readTrash(storedDoc(h.server, f.board.id))).toEqual([]);
  });

  it("lets two people delete the same note at once", async () => {
    const { f, ada, id } = await adaNoteDeletedByBen();
    // Ben's deletion is in; a third client that had not heard of it deletes the note again.
    const late = f.anonymous(f.board.id);
    await late.synced;
    restoreNote(ada.doc, id);
    await waitFor(() => notesMap(late.doc).has(id), { what: "the note back at the late client" });
    late.provider.disconnect();
    deleteNote(ada.doc, id, "local", { deletedBy: f.ada.participantId });
    deleteNote(late.doc, id, "local", { deletedBy: "late" });
    await waitFor(() => !notesMap(storedDoc(h.server, f.board.id)).has(id), { what: "the delete" });
    late.provider.connect();
    await waitFor(() => late.provider.synced, { what: "the late client to sync" });
    await waitFor(() => trashMap(ada.doc).has(id) && notesMap(ada.doc).size === 0, {
      what: "one trashed note",
    });
    expect(late.closes.filter((close) => close.code >= 4000)).toEqual([]);
  });
});
