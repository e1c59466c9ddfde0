import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n";
import {
  boardExportUrl,
  browserTimeZone,
  exportQuery,
  fileNameFor,
  fileNameFromDisposition,
} from "./download";

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
  it("names the board, the format, the time zone for the file's times and the language", () => {
    expect(boardExportUrl("abc_DEF-123", "csv", null)).toBe(
      "/api/boards/abc_DEF-123/export?format=csv&lang=en",
    );
    expect(boardExportUrl("abc_DEF-123", "md", "America/Los_Angeles")).toBe(
      "/api/boards/abc_DEF-123/export?format=md&tz=America%2FLos_Angeles&lang=en",
    );
  });

  it("sends this browser's time zone by default", () => {
    const zone = browserTimeZone();
    expect(zone).toBeTruthy();
    expect(boardExportUrl("b", "json")).toBe(
      `/api/boards/b/export?format=json&tz=${encodeURIComponent(zone ?? "")}&lang=en`,
    );
  });
});

describe("exportQuery", () => {
  afterEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("asks for the file in the language given", () => {
    expect(exportQuery("md", null, "es")).toBe("format=md&lang=es");
    expect(exportQuery("csv", "America/Los_Angeles", "en")).toBe(
      "format=csv&tz=America%2FLos_Angeles&lang=en",
    );
  });

  it("asks for the file in the page's language by default", async () => {
    await i18n.changeLanguage("es");
    expect(exportQuery("json", null)).toBe("format=json&lang=es");
    expect(boardExportUrl("b", "csv", null)).toBe("/api/boards/b/export?format=csv&lang=es");
  });
});
