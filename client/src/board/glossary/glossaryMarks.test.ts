import type { GlossaryEntry } from "@roundtable/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n/i18n";
import { useGlossaryStore } from "../../state/stepsStore";
import { GlossaryMarks, WithGlossaryMarks } from "./GlossaryMarks";

const can = vi.hoisted(() => {
  // The ui store reads this device's settings when it is made, before any test runs.
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  return { facilitate: false };
});

vi.mock("../../state/useFacilitation", () => ({ usePermissions: () => ({ ...can }) }));

// A server render reads a store's initial state; the hook reads the store as it is now.
vi.mock("./useGlossaryFor", async () => {
  const { NO_ENTRIES, pickEntries } = await import("./pickEntries");
  const store = await import("../../state/stepsStore");
  return {
    useGlossaryFor: (terms: readonly string[]) =>
      pickEntries(store.useGlossaryStore.getState().glossary, terms, NO_ENTRIES),
  };
});

function define(...entries: GlossaryEntry[]) {
  useGlossaryStore.setState({ glossary: new Map(entries.map((e) => [e.term, e])) });
}

const marks = (text: string, author: string | null = "someone") =>
  renderToStaticMarkup(createElement(GlossaryMarks, { text, author }));

afterEach(() => {
  can.facilitate = false;
  useGlossaryStore.setState({ glossary: new Map() });
});

describe("GlossaryMarks", () => {
  it("marks each undefined acronym for the facilitator, in words, with its Define button", () => {
    can.facilitate = true;
    define({ term: "PTA", meaning: "Parent Teacher Association", fine: false });
    const html = marks("The LCAP, the PTA and the ELAC");
    expect(html).toContain("<span>Undefined acronym: LCAP</span>");
    expect(html).toContain("<span>Undefined acronym: ELAC</span>");
    expect(html).not.toContain("PTA");
    expect(html).toContain('aria-label="Define LCAP"');
    expect(html).toContain('aria-label="Define ELAC"');
    expect(html).toContain('aria-haspopup="dialog"');
  });

  it("marks nothing once every acronym is defined or fine", () => {
    can.facilitate = true;
    define(
      { term: "LCAP", meaning: "Local Control and Accountability Plan", fine: false },
      { term: "KQED", meaning: "", fine: true },
    );
    expect(marks("LCAP on KQED")).toBe("");
    expect(marks("No acronyms here")).toBe("");
  });

  it("shows nothing to someone who neither wrote the note nor facilitates", () => {
    expect(marks("The LCAP", "someone else")).toBe("");
  });

  it("leaves a cluster's heading alone when it holds no acronym or the marks are not offered", () => {
    const heading = createElement("h3", { className: "cluster-title" }, "LCAP");
    expect(
      renderToStaticMarkup(
        createElement(WithGlossaryMarks, { text: "LCAP", author: null }, heading),
      ),
    ).toBe('<h3 class="cluster-title">LCAP</h3>');
    can.facilitate = true;
    const plain = createElement("h3", { className: "cluster-title" }, "Arts");
    expect(
      renderToStaticMarkup(createElement(WithGlossaryMarks, { text: "Arts", author: null }, plain)),
    ).toBe('<h3 class="cluster-title">Arts</h3>');
    const marked = renderToStaticMarkup(
      createElement(WithGlossaryMarks, { text: "LCAP", author: null }, heading),
    );
    expect(marked).toMatch(
      /^<div class="glossary-titled"><h3 class="cluster-title">LCAP<\/h3><div class="glossary-marks">/,
    );
  });
});
