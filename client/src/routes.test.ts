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

  it("finds a meeting and a join code", () => {
    expect(routeFor(`/m/${BOARD}`)).toEqual({ page: "meeting", meetingId: BOARD });
    expect(routeFor(`/m/${BOARD}/`)).toEqual({ page: "meeting", meetingId: BOARD });
    expect(routeFor("/j/K7M2QX")).toEqual({ page: "join", code: "K7M2QX" });
    // The server reads codes case-insensitively and ignores spaces and hyphens.
    expect(routeFor("/j/k7m-2qx")).toEqual({ page: "join", code: "k7m-2qx" });
    expect(routeFor("/j/K7M%202QX")).toEqual({ page: "join", code: "K7M 2QX" });
  });

  it("sends malformed and unknown paths to the start page", () => {
    expect(routeFor("/")).toEqual({ page: "start" });
    expect(routeFor("/b/../etc")).toEqual({ page: "start" });
    expect(routeFor(`/b/${BOARD}/other`)).toEqual({ page: "start" });
    expect(routeFor(`/s/short`)).toEqual({ page: "start" });
    expect(routeFor("/m/../x")).toEqual({ page: "start" });
    expect(routeFor(`/m/${BOARD}/other`)).toEqual({ page: "start" });
    expect(routeFor("/j/")).toEqual({ page: "start" });
    expect(routeFor("/j/K7M2QX/more")).toEqual({ page: "start" });
  });
});
