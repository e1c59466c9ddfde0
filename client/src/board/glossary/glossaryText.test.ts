import type { GlossaryEntry } from "@roundtable/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useGlossaryStore } from "../../state/stepsStore";
import { GlossaryText } from "./GlossaryText";

// A server render reads a store's initial state; here the hook reads the store as it is now,
// through the same picking a card's subscription uses (`pickEntries.test.ts`).
vi.mock("./useGlossaryFor", async () => {
  const { NO_ENTRIES, pickEntries } = await import("./pickEntries");
  const store = await import("../../state/stepsStore");
  return {
    useGlossaryFor: (terms: readonly string[]) =>
      pickEntries(store.useGlossaryStore.getState().glossary, terms, NO_ENTRIES),
  };
});

function define(entries: Record<string, string>) {
  const glossary = new Map<string, GlossaryEntry>(
    Object.entries(entries).map(([term, meaning]) => [term, { term, meaning, fine: false }]),
  );
  useGlossaryStore.setState({ glossary });
}

/** The text as a note card's paragraph holds it. */
function inParagraph(text: string, plain = false): string {
  return renderToStaticMarkup(
    createElement(
      "p",
      { className: "note-text", dir: "auto" },
      createElement(GlossaryText, { text, plain }),
    ),
  );
}

afterEach(() => useGlossaryStore.setState({ glossary: new Map() }));

describe("GlossaryText", () => {
  it("renders a text without defined terms as the text alone, as before", () => {
    define({ PTA: "Parent Teacher Association" });
    const before = renderToStaticMarkup(
      createElement("p", { className: "note-text", dir: "auto" }, "More <b>art</b> & LCAP"),
    );
    expect(inParagraph("More <b>art</b> & LCAP")).toBe(before);
    expect(inParagraph("Arts for every child")).toBe(
      '<p class="note-text" dir="auto">Arts for every child</p>',
    );
  });

  it("wraps each defined term with its meaning, keeping the rest of the text", () => {
    define({ LCAP: "Local Control and Accountability Plan" });
    expect(inParagraph("Fund the LCAP & the LCAPs")).toBe(
      '<p class="note-text" dir="auto">Fund the <abbr class="glossary-term" title="Local Control and Accountability Plan" tabindex="0" data-term="LCAP">LCAP</abbr> &amp; the <abbr class="glossary-term" title="Local Control and Accountability Plan" tabindex="0" data-term="LCAP">LCAPs</abbr></p>',
    );
  });

  it("leaves a light card's text as it is", () => {
    define({ LCAP: "Local Control and Accountability Plan" });
    expect(inParagraph("Fund the LCAP", true)).toBe(
      '<p class="note-text" dir="auto">Fund the LCAP</p>',
    );
  });

  it("escapes a meaning as text, never as markup", () => {
    define({ LCAP: '<img src=x onerror="alert(1)">' });
    expect(inParagraph("LCAP")).toContain('title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"');
  });
});
