import { addNote, metaMap, notesMap, readBoardTitle, renameBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { waitFor } from "../testing/clients";
import { refusedWith, storedDoc, useFacilitatedBoards } from "../testing/facilitation";
import { closeCode } from "./protocol";

const h = useFacilitatedBoards();
const board = () => h.board();

const refusal = {
  code: closeCode.forbidden,
  reason: "only the facilitator can change the board's title",
};

describe("the board's meta is the facilitator's", () => {
  it("refuses a participant's rename, tells them, and neither stores nor sends it", async () => {
    const f = await board();
    const observer = f.as(f.ben, f.board.id);
    const intruder = f.as(f.ada, f.board.id);
    await Promise.all([observer.synced, intruder.synced]);

    renameBoard(intruder.doc, "Ada's board");
    expect(await refusedWith(intruder)).toEqual(refusal);

    // A note written afterwards arrives; the rename never did.
    const marker = addNote(observer.doc, { lane: "p1", text: "after the refusal" });
    const late = f.anonymous(f.board.id);
    await waitFor(() => notesMap(late.doc).has(marker), { what: "the later note" });
    expect(readBoardTitle(late.doc)).toBe("Facilitated board");
    expect(readBoardTitle(observer.doc)).toBe("Facilitated board");
    expect(readBoardTitle(storedDoc(h.server, f.board.id))).toBe("Facilitated board");
  });

  it("refuses an anonymous client's new meta field and its deletion of one", async () => {
    const f = await board();
    const adder = f.anonymous(f.board.id);
    await adder.synced;
    metaMap(adder.doc).set("owner", "me");
    expect(await refusedWith(adder)).toEqual(refusal);

    const deleter = f.anonymous(f.board.id);
    await deleter.synced;
    metaMap(deleter.doc).delete("createdAt");
    expect(await refusedWith(deleter)).toEqual(refusal);

    const stored = metaMap(storedDoc(h.server, f.board.id));
    expect(stored.has("owner")).toBe(false);
    expect(typeof stored.get("createdAt")).toBe("number");
  });

  it("takes the facilitator's renames to everyone, and participants' notes and reconnections after them", async () => {
    const f = await board();
    const facilitator = f.facilitator(f.board.id);
    const ada = f.as(f.ada, f.board.id);
    await Promise.all([facilitator.synced, ada.synced]);
    for (const title of ["First", "Second", "Retro, final"]) renameBoard(facilitator.doc, title);
    await waitFor(() => readBoardTitle(ada.doc) === "Retro, final", { what: "the rename" });

    // Ada reconnects: her echo now deletes the older titles again, which changes nothing.
    ada.provider.disconnect();
    ada.provider.connect();
    const ben = f.as(f.ben, f.board.id);
    await ben.synced;
    await waitFor(() => ada.provider.synced, { what: "Ada to sync again" });
    const note = addNote(ada.doc, { lane: "p2", text: "still writing" });
    await waitFor(() => notesMap(ben.doc).has(note), { what: "Ada's note" });
    expect(readBoardTitle(ben.doc)).toBe("Retro, final");
    // Only the close Ada asked for: none from the server.
    expect(ada.closes.filter((close) => close.code >= 4000)).toEqual([]);
    expect(ben.closes).toEqual([]);
    expect(readBoardTitle(storedDoc(h.server, f.board.id))).toBe("Retro, final");
  });
});
