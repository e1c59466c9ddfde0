import { catalogueGaps, LANGUAGES } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { RESOURCES } from "./resources";

describe("the client's catalogues", () => {
  it("are complete: every namespace of every language has every key of the others", () => {
    const gaps = LANGUAGES.flatMap((language) =>
      LANGUAGES.flatMap((other) =>
        Object.entries(RESOURCES[other]).flatMap(([namespace, catalogue]) =>
          catalogueGaps(
            catalogue as Record<string, unknown>,
            (RESOURCES[language] as Record<string, Record<string, unknown>>)[namespace] ?? {},
            language,
          ).map((gap) => `${namespace} ${gap}`),
        ),
      ),
    );
    expect(gaps).toEqual([]);
  });
});
