import { describe, expect, it } from "vitest";
import { tableCell, tableRow } from "../export/stepsMarkdown";
import { cellText, isDelimiterRow, rawCells } from "./tableRows";

/** What the importer reads back from a row the export writes of `texts`. */
function roundTrip(texts: readonly string[]): string[] {
  return rawCells(tableRow(texts.map(tableCell))).map(cellText);
}

const TRICKY = [
  "",
  "plain",
  "a | b",
  "|starts and ends|",
  "a \\| b",
  "ends in a backslash \\",
  "\\\\ two",
  "line one\nline two",
  "  indented\n  second  \nthird",
  "typed <br> and <BR/> and <br />",
  "\\<br>",
  "*stars* and _underscores_ `code` ~tilde~",
  "[link](x) <b>bold</b> &amp; &#124; &#x7C;",
  "# heading - bullet > quote 1. number",
  "(3 votes)",
  "Ends with (2 votos)",
  "emoji 🎻 and “quotes”",
  "=formula",
  "a\r\nb",
];

describe("table cells", () => {
  it("read back exactly what the export wrote, whatever the text holds", () => {
    const expected = TRICKY.map((text) => text.replace(/\r\n/g, "\n").trim());
    expect(roundTrip(TRICKY)).toEqual(expected);
    for (const text of TRICKY)
      expect(roundTrip([text, "next"])).toEqual([expected[TRICKY.indexOf(text)], "next"]);
  });

  it("read back random text of table and Markdown characters", () => {
    const alphabet = [
      "|",
      "\\",
      "<",
      "br>",
      "*",
      "_",
      "`",
      "&",
      "#",
      "\n",
      " ",
      "a",
      "-",
      "(",
      ")",
      ";",
      "1",
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 12);
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(roundTrip([text, "x"])[0]).toBe(text.trim());
    }
  });

  it("write a line break as <br> and a pipe as \\|, nothing a table would split on", () => {
    expect(tableCell("a | b\nc")).toBe("a \\| b<br>c");
    expect(tableRow(["a", "", "b"])).toBe("| a |  | b |");
    expect(rawCells("a | b")).toEqual(["a", "b"]);
    expect(rawCells("| a | b")).toEqual(["a", "b"]);
  });

  it("know a delimiter row", () => {
    expect(isDelimiterRow(rawCells("| --- | :-: | --: |"))).toBe(true);
    expect(isDelimiterRow(rawCells("| --- | x |"))).toBe(false);
  });
});
