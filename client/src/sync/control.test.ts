import { readControl, setLocked } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { isControlState } from "./control";

describe("isControlState", () => {
  it("accepts what readControl returns, as kept in the cache", () => {
    const doc = new Y.Doc();
    setLocked(doc, true);
    expect(isControlState(JSON.parse(JSON.stringify(readControl(doc))))).toBe(true);
  });

  it("turns down anything else, so a damaged cache falls back to defaults", () => {
    expect(isControlState(null)).toBe(false);
    expect(isControlState({ phase: "dance", locked: false })).toBe(false);
    const good = readControl(new Y.Doc());
    expect(isControlState({ ...good, locked: "yes" })).toBe(false);
    expect(isControlState({ ...good, votes: null })).toBe(false);
  });
});
