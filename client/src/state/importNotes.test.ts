import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n";
import { contentTypeFor, type ImportResult, importSummary, isImportable } from "./importNotes";

const result = (over: Partial<ImportResult>): ImportResult => ({
  notes: 0,
  clusters: 0,
  lanes: 0,
  skipped: [],
  title: null,
  ...over,
});

describe("contentTypeFor", () => {
  it("sends JSON files as JSON and Markdown files as Markdown", () => {
    expect(contentTypeFor("board-2026-05-14.JSON")).toBe("application/json");
    expect(contentTypeFor("minutes.md")).toBe("text/markdown");
  });

  it("sends text files and pasted text as plain text", () => {
    expect(contentTypeFor("notes.txt")).toBe("text/plain");
    expect(contentTypeFor(null)).toBe("text/plain");
  });
});

describe("isImportable", () => {
  it("takes .txt, .md and .json files only", () => {
    expect(isImportable("Notes.TXT")).toBe(true);
    expect(isImportable("a.md")).toBe(true);
    expect(isImportable("b.json")).toBe(true);
    expect(isImportable("slides.pptx")).toBe(false);
  });
});

describe("importSummary", () => {
  it("counts notes and priorities, and introduces the skipped lines", () => {
    const skipped = [1, 2, 3, 4, 5].map((line) => ({ line, text: "Welcome" }));
    expect(importSummary(result({ notes: 23, lanes: 4, skipped }))).toBe(
      "Added 23 notes in 4 priorities; 5 lines were not notes:",
    );
  });

  it("speaks of one note, one priority and one line in the singular", () => {
    expect(
      importSummary(result({ notes: 1, lanes: 1, skipped: [{ line: 2, text: "Hello" }] })),
    ).toBe("Added 1 note in 1 priority; 1 line was not a note:");
  });

  it("mentions clusters when there were any, and ends plainly when nothing was skipped", () => {
    expect(importSummary(result({ notes: 6, clusters: 2, lanes: 3 }))).toBe(
      "Added 6 notes and 2 clusters in 3 priorities.",
    );
  });
});

describe("importSummary in Spanish", () => {
  afterEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("agrees the verb with the notes and counts each part in its own plural", async () => {
    await i18n.changeLanguage("es");
    expect(importSummary(result({ notes: 1, lanes: 1 }))).toBe("Se agregó 1 nota en 1 prioridad.");
    const skipped = [1, 2].map((line) => ({ line, text: "Bienvenida" }));
    expect(importSummary(result({ notes: 23, clusters: 1, lanes: 4, skipped }))).toBe(
      "Se agregaron 23 notas y 1 categoría en 4 prioridades; 2 líneas no eran notas:",
    );
  });
});
