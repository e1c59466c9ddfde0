import { afterEach, describe, expect, it, vi } from "vitest";
import { t } from "../i18n/i18n";
import { useClusterUi } from "./clusterUiStore";
import { initialControlStore, useControlStore } from "./controlStore";
import { defineGlossaryTerm } from "./glossaryActions";
import { type Session, setCurrentSession } from "./session";
import { useUiStore } from "./uiStore";

// The ui store reads this device's settings when it is made, before any test runs.
vi.hoisted(() => {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
});

/** A session whose board holds only what `defineTerm` touches: its glossary map. */
function sessionWithGlossary() {
  const glossary = new Map<string, unknown>();
  const doc = { getMap: () => glossary, transact: (change: () => void) => change() };
  setCurrentSession({ board: { doc } } as unknown as Session);
  return glossary;
}

afterEach(() => {
  setCurrentSession(null);
  useControlStore.setState(initialControlStore);
  useUiStore.setState({ notice: null });
});

describe("defineGlossaryTerm", () => {
  it("writes the term's meaning for the whole board", () => {
    const glossary = sessionWithGlossary();
    expect(defineGlossaryTerm("LCAP", { meaning: "Local Control Plan", fine: false })).toBe(true);
    expect(glossary.get("LCAP")).toEqual({ meaning: "Local Control Plan", fine: false });
  });

  it("marks a well-known word fine, with no meaning", () => {
    const glossary = sessionWithGlossary();
    expect(defineGlossaryTerm("KQED", { meaning: "", fine: true })).toBe(true);
    expect(glossary.get("KQED")).toEqual({ meaning: "", fine: true });
  });

  it("is refused with the usual notice while the board is locked", () => {
    const glossary = sessionWithGlossary();
    useControlStore.setState({
      role: "participant",
      control: { ...initialControlStore.control, locked: true },
    });
    expect(defineGlossaryTerm("LCAP", { meaning: "Local Control Plan", fine: false })).toBe(false);
    expect(glossary.size).toBe(0);
    expect(useUiStore.getState().notice).toBe(t("state:permission.locked"));
  });

  it("is refused on a read-only view", () => {
    const glossary = sessionWithGlossary();
    useControlStore.setState({ role: "viewer" });
    expect(defineGlossaryTerm("LCAP", { meaning: "Local Control Plan", fine: false })).toBe(false);
    expect(glossary.size).toBe(0);
    expect(useUiStore.getState().notice).toBe(t("state:permission.readOnly"));
  });

  it("says what it did, for a screen reader", async () => {
    sessionWithGlossary();
    defineGlossaryTerm("LCAP", { meaning: "Local Control Plan", fine: false });
    await new Promise((done) => setTimeout(done, 60));
    expect(useClusterUi.getState().announcement).toBe("LCAP defined: Local Control Plan");
  });
});
