import { describe, expect, it } from "vitest";
import { createCluster } from "./clusterOps";
import { isOrigin, isRootName, ROOT_NAMES } from "./doc";
import { renameLane } from "./laneOps";
import { addNote } from "./noteOps";
import { editNoteText } from "./noteTextOps";
import { newBoard } from "./testBoards";

describe("board document roots", () => {
  it("operations only ever create the contracted root types", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p1", text: "x" });
    editNoteText(doc, id, "y");
    createCluster(doc, { lane: "p1", noteIds: [id] });
    renameLane(doc, "p2", { title: "Next" });
    for (const name of doc.share.keys()) expect(ROOT_NAMES).toContain(name);
    expect(isRootName("notes")).toBe(true);
    expect(isRootName("awareness")).toBe(false);
  });

  it("recognises transaction origins", () => {
    expect(isOrigin("migration")).toBe(true);
    expect(isOrigin("someone")).toBe(false);
    expect(isOrigin(null)).toBe(false);
  });
});
