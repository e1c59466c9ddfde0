import { describe, expect, it } from "vitest";
import { routeFor } from "./routes";

const BOARD = "AbCdEfGhIjKlMnOpQrStUv";

describe("routeFor", () => {
  it("finds a board, its printable page and its view link", () => {
    expect(routeFor(`/b/${BOARD}`)).toEqual({ page: "board", boardId: BOARD });
    expect(routeFor(`/b/${BOARD}/print`)).toEqual({ page: "boardPrint", boardId: BOARD });
    expect(routeFor("/v/view_token-123")).toEqual({ page: "view", viewToken: "view_token-123" });
    expect(routeFor("/v/view_token-123/print")).toEqual({
      page: "viewPrint",
      viewToken: "view_token-123",
    });
  });

  it("finds a snapshot and its printable page", () => {
    expect(routeFor(`/s/${BOARD}`)).toEqual({ page: "snapshot", snapshotId: BOARD });
    expect(routeFor(`/s/${BOARD}/print/`)).toEqual({ page: "snapshotPrint", snapshotId: BOARD });
  });

  it("sends malformed and unknown paths to the start page", () => {
    expect(routeFor("/")).toEqual({ page: "start" });
    expect(routeFor("/b/../etc")).toEqual({ page: "start" });
    expect(routeFor(`/b/${BOARD}/other`)).toEqual({ page: "start" });
    expect(routeFor(`/s/short`)).toEqual({ page: "start" });
  });
});
