import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import {
  escapeInline,
  escapeNoteLine,
  escapeNoteLines,
  splitVotes,
  unescapeMarkdown,
  votesSuffix,
} from "./markdownText";

const TRICKY = [
  "plain",
  "\\ * _ [ ] ( ) # < > ` | ~",
  "- dash",
  "+ plus",
  "= equals",
  "12. numbered",
  "3) closed",
  "• bullet",
  "Priority two -",
  "&amp; &#80; &#x41; &",
  "\\&#80; already escaped?",
  "<script>alert(1)</script>",
  "emoji 🎨 and “quotes”",
  "  indented",
  "*bold* _em_ `code` ~~struck~~",
  "[link](x) ![image](y) [ref]: z",
  "We agree (3 votes)",
  "Estamos de acuerdo (1 voto)",
  "ends with a backslash \\",
];

const en = sharedWords("en");
const es = sharedWords("es");

describe("Markdown escaping", () => {
  it("reads back exactly what it wrote, on a first line and on a continuation line", () => {
    for (const text of TRICKY) {
      expect(unescapeMarkdown(escapeInline(text))).toBe(text);
      expect(unescapeMarkdown(escapeNoteLine(text, false))).toBe(text);
      expect(unescapeMarkdown(escapeNoteLine(text, true))).toBe(text);
    }
  });

  it("escapes what would start a list, a heading underline, a bullet or a priority", () => {
    expect(escapeNoteLine("- dash", false)).toBe("\\- dash");
    expect(escapeNoteLine("-5 degrees", false)).toBe("-5 degrees");
    expect(escapeNoteLine("# heading", false)).toBe("\\# heading");
    expect(escapeNoteLine("#hashtag", false)).toBe("#hashtag");
    expect(escapeNoteLine("> quote", false)).toBe("\\> quote");
    expect(escapeNoteLine("12. numbered", false)).toBe("12\\. numbered");
    expect(escapeNoteLine("===", true)).toBe("\\===");
    expect(escapeNoteLine("• bullet", false)).toBe("• bullet");
    expect(escapeNoteLine("• bullet", true)).toBe("&#8226; bullet");
    expect(escapeNoteLine("Priority two -", true)).toBe("&#80;riority two -");
    expect(escapeInline("&amp; & &x")).toBe("\\&amp; & &x");
  });

  it("leaves text that cannot form markup alone", () => {
    expect(escapeInline("Budget (agreed by all)")).toBe("Budget (agreed by all)");
    expect(escapeInline("2 * 3 and snake_case_name")).toBe("2 * 3 and snake_case_name");
    expect(escapeInline("a lone *star and [brackets]")).toBe("a lone *star and [brackets]");
    expect(escapeInline("*bold* and _em_ and `code`")).toBe(
      "\\*bold\\* and \\_em\\_ and \\`code\\`",
    );
    expect(escapeInline("[a link](x) <b>tag</b> C:\\Users")).toBe(
      "[a link\\](x) \\<b>tag\\</b> C:\\Users",
    );
    expect(escapeInline("We agree (3 votes)")).toBe("We agree \\(3 votes)");
    expect(escapeNoteLines(["a *start", "an end*"])).toEqual(["a \\*start", "an end\\*"]);
  });

  it("leaves impossible character references as they are", () => {
    expect(unescapeMarkdown("&#0; &#xD800; &#99999999; \\a")).toBe("&#0; &#xD800; &#99999999; \\a");
  });

  it("writes and reads vote counts, never from escaped text", () => {
    expect(votesSuffix(1, en)).toBe(" (1 vote)");
    expect(votesSuffix(2, en)).toBe(" (2 votes)");
    expect(votesSuffix(0, en)).toBe("");
    expect(votesSuffix(null, en)).toBe("");
    expect(splitVotes("Idea (3 votes)")).toEqual({ text: "Idea", votes: 3 });
    expect(splitVotes("(1 vote)")).toEqual({ text: "", votes: 1 });
    expect(splitVotes("Idea \\(3 votes\\)")).toEqual({ text: "Idea \\(3 votes\\)", votes: null });
    expect(splitVotes("Idea \\(3 votes)")).toEqual({ text: "Idea \\(3 votes)", votes: null });
    expect(splitVotes("Idea(3 votes)")).toEqual({ text: "Idea(3 votes)", votes: null });
  });

  it("writes vote counts in Spanish, and reads them back in either language", () => {
    expect(votesSuffix(1, es)).toBe(" (1 voto)");
    expect(votesSuffix(3, es)).toBe(" (3 votos)");
    expect(votesSuffix(1_000_000, es)).toBe(" (1000000 votos)");
    expect(votesSuffix(0, es)).toBe("");
    expect(splitVotes("Idea (3 votos)")).toEqual({ text: "Idea", votes: 3 });
    expect(splitVotes("(1 voto)")).toEqual({ text: "", votes: 1 });
    expect(splitVotes("Idea \\(3 votos)")).toEqual({ text: "Idea \\(3 votos)", votes: null });
    expect(splitVotes("Idea (3 votas)")).toEqual({ text: "Idea (3 votas)", votes: null });
    // Whatever the catalogues write, the importer reads: the two must not drift apart.
    for (const language of LANGUAGES) {
      for (const votes of [1, 2, 5, 21, 1_000_000, 999_999_999]) {
        const written = `Idea${votesSuffix(votes, sharedWords(language))}`;
        expect(splitVotes(written), `${language}: ${written}`).toEqual({ text: "Idea", votes });
      }
    }
  });

  it("guards a vote count typed at the end of a note in either language", () => {
    expect(escapeInline("Acordamos (3 votos)")).toBe("Acordamos \\(3 votos)");
    expect(escapeNoteLine("(1 voto)", false)).toBe("\\(1 voto)");
    expect(escapeNoteLines(["Dos líneas", "y al final (2 votos)"])).toEqual([
      "Dos líneas",
      "y al final \\(2 votos)",
    ]);
    expect(escapeInline("(3 votos) al principio")).toBe("(3 votos) al principio");
  });

  it("splits and guards vote counts in linear time on long lines", () => {
    const long = `${"(1 ".repeat(100_000)}x`;
    const spaces = `a${" ".repeat(200_000)}(3 votos)x`;
    const start = Date.now();
    expect(splitVotes(long).votes).toBeNull();
    expect(splitVotes(spaces).votes).toBeNull();
    expect(escapeInline(long)).toBe(long);
    expect(escapeInline(spaces)).toBe(spaces);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
