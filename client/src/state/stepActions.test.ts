import { afterEach, describe, expect, it, vi } from "vitest";
import { t } from "../i18n/i18n";
import { initialControlStore, useControlStore } from "./controlStore";
import { type Session, setCurrentSession } from "./session";
import { addNextStep, editNextStep, markStepDone, removeNextStep } from "./stepActions";
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

/** A session whose board holds only what the step operations touch: its steps map. */
function sessionWithSteps() {
  const steps = new Map<string, unknown>();
  const doc = { getMap: () => steps, transact: (change: () => void) => change() };
  setCurrentSession({
    board: { doc },
    identity: { id: "p1", name: "Fran", color: "#000" },
  } as unknown as Session);
  return steps;
}

const STEP = { text: "Draft the survey", owner: "Ana", due: "2026-12-15", measure: "", item: "n1" };

afterEach(() => {
  setCurrentSession(null);
  useControlStore.setState(initialControlStore);
  useUiStore.setState({ notice: null });
});

describe("addNextStep", () => {
  it("writes the step to the board", () => {
    const steps = sessionWithSteps();
    expect(addNextStep(STEP)).toEqual({ ok: true });
    expect(steps.size).toBe(1);
  });

  it("is refused with the usual notice while the board is locked, and says why", () => {
    const steps = sessionWithSteps();
    useControlStore.setState({
      role: "participant",
      control: { ...initialControlStore.control, locked: true },
    });
    const locked = t("state:permission.locked");
    expect(addNextStep(STEP)).toEqual({ ok: false, problem: locked });
    expect(steps.size).toBe(0);
    expect(useUiStore.getState().notice).toBe(locked);
  });

  it("is refused on a read-only view", () => {
    const steps = sessionWithSteps();
    useControlStore.setState({ role: "viewer" });
    expect(addNextStep(STEP)).toEqual({ ok: false, problem: t("state:permission.readOnly") });
    expect(steps.size).toBe(0);
  });

  it("says what the board refused, as a notice too", () => {
    sessionWithSteps();
    const result = addNextStep({ ...STEP, due: "someday" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain("YYYY-MM-DD");
    expect(useUiStore.getState().notice).toContain("YYYY-MM-DD");
  });

  it("says so when no board is open", () => {
    expect(addNextStep(STEP)).toEqual({ ok: false, problem: t("steps:problem.noBoard") });
  });
});

describe("changing a step", () => {
  it("writes nothing for an edit that changes nothing", () => {
    sessionWithSteps();
    expect(editNextStep("missing", {})).toEqual({ ok: true });
  });

  it("refuses a step that is not on the board", () => {
    sessionWithSteps();
    expect(markStepDone("missing", true).ok).toBe(false);
    expect(removeNextStep("missing").ok).toBe(false);
    expect(editNextStep("missing", { owner: "Ben" }).ok).toBe(false);
  });
});
