import { addNote, editNoteText, initBoard, moveNote, renameLane } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { changedItems } from "./changedItems";

/** The items each transaction of `change` touched, as the status counts them. */
function itemsOf(doc: Y.Doc, change: () => void): Set<string> {
  const seen = new Set<string>();
  const listen = (transaction: Y.Transaction) => {
    for (const key of changedItems(transaction)) seen.add(key);
  };
  doc.on("afterTransaction", listen);
  change();
  doc.off("afterTransaction", listen);
  return seen;
}

describe("changed items", () => {
  it("counts a note typed letter by letter as one change", () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: "T" });
    const items = itemsOf(doc, () => {
      const id = addNote(doc, { lane: "inbox", text: "" });
      let text = "";
      for (const letter of "Where are the parents?") {
        text += letter;
        editNoteText(doc, id, text);
      }
    });
    expect(items.size).toBe(1);
    expect([...items][0]).toMatch(/^notes:/);
  });

  it("counts two notes, a move and a lane rename apart", () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: "T" });
    const first = addNote(doc, { lane: "inbox", text: "one" });
    const items = itemsOf(doc, () => {
      addNote(doc, { lane: "inbox", text: "two" });
      moveNote(doc, first, { lane: "p2" });
      renameLane(doc, "p1", { title: "Now" });
    });
    expect(items.has(`notes:${first}`)).toBe(true);
    expect(items.has("lanes:p1")).toBe(true);
    expect([...items].filter((key) => key.startsWith("notes:"))).toHaveLength(2);
    expect(items.size).toBe(3);
  });
});
