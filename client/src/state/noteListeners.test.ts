import { afterEach, describe, expect, it } from "vitest";
import { initialBoardStore, useBoardStore } from "./boardStore";
import { hintChangedNotes, subscribeNote } from "./noteListeners";
import { testNote } from "./testBoards";

const note = (id: string, text: string) => testNote(id, "inbox", null, text);

function heard(ids: string[]): { calls: string[]; stop: () => void } {
  const calls: string[] = [];
  const stops = ids.map((id) => subscribeNote(id, () => calls.push(id)));
  return {
    calls,
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}

describe("note listeners", () => {
  afterEach(() => useBoardStore.setState(initialBoardStore, true));

  it("calls only the card whose note the bridge named and replaced", () => {
    const a = note("a", "x");
    const b = note("b", "y");
    useBoardStore.setState({ notes: { a, b } });
    const { calls, stop } = heard(["a", "b"]);
    hintChangedNotes(["b"]);
    useBoardStore.setState({ notes: { a, b: { ...b, text: "y, edited" } } });
    expect(calls).toEqual(["b"]);
    stop();
  });

  it("finds the changed notes itself after a change nobody named", () => {
    const a = note("a", "x");
    const b = note("b", "y");
    useBoardStore.setState({ notes: { a, b } });
    const { calls, stop } = heard(["a", "b"]);
    useBoardStore.setState({ notes: { a: { ...a, text: "x, edited" }, b } });
    expect(calls).toEqual(["a"]);
    useBoardStore.setState({ notes: { b } });
    expect(calls, "a note removed is a change of its card").toEqual(["a", "a"]);
    stop();
  });

  it("calls nobody when the notes stayed the same object, and no one after unsubscribing", () => {
    const a = note("a", "x");
    useBoardStore.setState({ notes: { a } });
    const { calls, stop } = heard(["a"]);
    useBoardStore.setState({ title: "Renamed" });
    expect(calls).toEqual([]);
    stop();
    useBoardStore.setState({ notes: { a: { ...a, text: "gone unheard" } } });
    expect(calls).toEqual([]);
  });
});
