import { describe, expect, it } from "vitest";
import { boardExportUrl, browserTimeZone, fileNameFor, fileNameFromDisposition } from "./download";

describe("fileNameFromDisposition", () => {
  it("reads a quoted or a bare file name", () => {
    expect(fileNameFromDisposition('attachment; filename="roundtable-2026-05-14.md"')).toBe(
      "roundtable-2026-05-14.md",
    );
    expect(fileNameFromDisposition("attachment; filename=board.csv")).toBe("board.csv");
  });

  it("prefers the UTF-8 name, which can hold accents", () => {
    expect(
      fileNameFromDisposition(
        "attachment; filename=\"ecole.json\"; filename*=UTF-8''%C3%A9cole.json",
      ),
    ).toBe("école.json");
  });

  it("keeps only the last part of a name with a path in it", () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
  });

  it("gives null when there is no name", () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition("attachment")).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeNull();
  });
});

describe("fileNameFor", () => {
  it("keeps a title as it reads, with the extension", () => {
    expect(fileNameFor("Arts leadership roundtable", "png")).toBe("Arts leadership roundtable.png");
  });

  it("replaces what file systems refuse", () => {
    expect(fileNameFor('Q3: "music / dance"?', "png")).toBe("Q3- -music - dance.png");
  });

  it("falls back to a name when the title leaves nothing", () => {
    expect(fileNameFor("", "png")).toBe("board.png");
    expect(fileNameFor("...", "png")).toBe("board.png");
  });
});

describe("boardExportUrl", () => {
  it("names the board, the format and the time zone for the file's times", () => {
    expect(boardExportUrl("abc_DEF-123", "csv", null)).toBe(
      "/api/boards/abc_DEF-123/export?format=csv",
    );
    expect(boardExportUrl("abc_DEF-123", "md", "America/Los_Angeles")).toBe(
      "/api/boards/abc_DEF-123/export?format=md&tz=America%2FLos_Angeles",
    );
  });

  it("sends this browser's time zone by default", () => {
    const zone = browserTimeZone();
    expect(zone).toBeTruthy();
    expect(boardExportUrl("b", "json")).toBe(
      `/api/boards/b/export?format=json&tz=${encodeURIComponent(zone ?? "")}`,
    );
  });
});
