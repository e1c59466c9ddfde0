import { describe, expect, it } from "vitest";
import { DEFAULT_LANES } from "../lane";
import { defaultBoardTitleIn, defaultLanesIn } from "./defaults";

describe("default lanes in a language", () => {
  it("keeps English as the lanes every board has always had", () => {
    expect(defaultLanesIn("en")).toEqual(DEFAULT_LANES);
    expect(defaultBoardTitleIn("en")).toBe("Untitled board");
  });

  it("names a Spanish board's lanes in Spanish, with the same ids and order", () => {
    const lanes = defaultLanesIn("es");
    expect(lanes.map((lane) => lane.title)).toEqual([
      "Sin ordenar",
      "Prioridad uno",
      "Prioridad dos",
      "Prioridad tres",
      "Prioridad cuatro",
    ]);
    expect(lanes.map((lane) => [lane.id, lane.order])).toEqual(
      DEFAULT_LANES.map((lane) => [lane.id, lane.order]),
    );
    expect(defaultBoardTitleIn("es")).toBe("Tablero sin título");
  });
});
