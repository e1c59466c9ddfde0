import { describe, expect, it } from "vitest";
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
  "ends with a backslash \\",
];

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
    expect(votesSuffix(1)).toBe(" (1 vote)");
    expect(votesSuffix(2)).toBe(" (2 votes)");
    expect(votesSuffix(0)).toBe("");
    expect(votesSuffix(null)).toBe("");
    expect(splitVotes("Idea (3 votes)")).toEqual({ text: "Idea", votes: 3 });
    expect(splitVotes("(1 vote)")).toEqual({ text: "", votes: 1 });
    expect(splitVotes("Idea \\(3 votes\\)")).toEqual({ text: "Idea \\(3 votes\\)", votes: null });
    expect(splitVotes("Idea \\(3 votes)")).toEqual({ text: "Idea \\(3 votes)", votes: null });
    expect(splitVotes("Idea(3 votes)")).toEqual({ text: "Idea(3 votes)", votes: null });
  });
});
