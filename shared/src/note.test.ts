import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesMap } from "./doc";
import { DEFAULT_NOTE_COLOR, isNoteColor, NOTE_COLOR_NAMES, NOTE_COLORS, readNote } from "./note";

/** Stores a note the way another program might, and reads it back. */
function storeAndRead(fields: Record<string, unknown>) {
  const doc = new Y.Doc();
  const map = new Y.Map<unknown>();
  notesMap(doc).set("n1", map);
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return readNote("n1", notesMap(doc).get("n1"));
}

describe("readNote", () => {
  it("fills defaults for a note with only text and lane", () => {
    expect(storeAndRead({ text: new Y.Text("hi"), lane: "p1" })).toEqual({
      id: "n1",
      text: "hi",
      lane: "p1",
      cluster: null,
      order: "",
      color: DEFAULT_NOTE_COLOR,
      author: null,
      createdAt: null,
      priorVotes: null,
    });
  });

  it("reads text stored as a plain string", () => {
    expect(storeAndRead({ text: "plain", lane: "p2" })?.text).toBe("plain");
  });

  it("turns wrong types into defaults instead of throwing", () => {
    const note = storeAndRead({
      text: 42,
      lane: 7,
      cluster: { nested: true },
      order: 3,
      color: "red; background: url(x)",
      author: "",
      createdAt: "yesterday",
      priorVotes: -2,
    });
    expect(note).toEqual({
      id: "n1",
      text: "",
      lane: "inbox",
      cluster: null,
      order: "",
      color: DEFAULT_NOTE_COLOR,
      author: null,
      createdAt: null,
      priorVotes: null,
    });
  });

  it("keeps well-formed optional fields", () => {
    const note = storeAndRead({
      text: new Y.Text("x"),
      lane: "p3",
      cluster: "c1",
      order: "a1",
      color: "#BFDBFE",
      author: "alice",
      createdAt: 5,
      priorVotes: 3,
    });
    expect(note).toMatchObject({ cluster: "c1", order: "a1", color: "#bfdbfe", author: "alice" });
    expect(note?.createdAt).toBe(5);
    expect(note?.priorVotes).toBe(3);
  });

  it("returns null for entries that are not maps", () => {
    expect(readNote("x", "just a string")).toBeNull();
    expect(readNote("x", undefined)).toBeNull();
  });
});

describe("note colours", () => {
  it("has a named, valid palette containing the default", () => {
    expect(NOTE_COLORS.length).toBeGreaterThanOrEqual(6);
    for (const color of NOTE_COLORS) {
      expect(isNoteColor(color)).toBe(true);
      expect(NOTE_COLOR_NAMES[color]).toBeTruthy();
    }
    expect(NOTE_COLORS).toContain(DEFAULT_NOTE_COLOR);
  });
});
