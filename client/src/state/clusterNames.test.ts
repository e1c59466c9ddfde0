import { describe, expect, it } from "vitest";
import { CLUSTER_TITLE_LENGTH, clusterName, clusterTitleFrom, noteName } from "./clusterNames";

describe("cluster names", () => {
  it("titles a new cluster with the first line of its first note", () => {
    expect(clusterTitleFrom("Music for all")).toBe("Music for all");
    expect(clusterTitleFrom("\n  Music   for\tall \nand more")).toBe("Music for all");
  });

  it("shortens a long text at a word, with an ellipsis", () => {
    const title = clusterTitleFrom(
      "Every school gets a music teacher and instruments for every pupil",
    );
    expect(title).toBe("Every school gets a music teacher and…");
    expect(Array.from(title).length).toBeLessThanOrEqual(CLUSTER_TITLE_LENGTH + 1);
    expect(clusterTitleFrom("x".repeat(60))).toBe(`${"x".repeat(CLUSTER_TITLE_LENGTH)}…`);
  });

  it("names untitled clusters and empty notes so their controls still read", () => {
    expect(clusterTitleFrom("   ")).toBe("");
    expect(clusterName("")).toBe("Untitled cluster");
    expect(clusterName(" Food ")).toBe("Food");
    expect(noteName(" ")).toBe("empty note");
  });
});
