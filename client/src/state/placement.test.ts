import { describe, expect, it } from "vitest";
import { placeWithin } from "./placement";

const drafts = new Set(["d1", "d2"]);
const isDraft = (id: string) => drafts.has(id);

describe("placeWithin", () => {
  it("keeps a place next to a note of the same document", () => {
    expect(placeWithin(false, { after: "a" }, isDraft)).toEqual({ after: "a" });
    expect(placeWithin(true, { before: "d2" }, isDraft)).toEqual({ before: "d2" });
    expect(placeWithin(true, {}, isDraft)).toEqual({});
  });

  it("puts a draft dropped among shared notes first among the drafts", () => {
    expect(placeWithin(true, { after: "a" }, isDraft)).toEqual({ index: 0 });
    expect(placeWithin(true, { before: "a" }, isDraft)).toEqual({ index: 0 });
  });

  it("puts a shared note dropped among drafts last among the shared notes", () => {
    expect(placeWithin(false, { before: "d1" }, isDraft)).toEqual({});
    expect(placeWithin(false, { after: "d2" }, isDraft)).toEqual({});
  });
});
