import { describe, expect, it } from "vitest";
import { catalogueGaps } from "./catalogueKeys";
import { LANGUAGES } from "./languages";
import { SHARED_CATALOGUES } from "./translate";

describe("the shared catalogues", () => {
  it("are complete: every language has every key of every other, with its plural forms", () => {
    const gaps = LANGUAGES.flatMap((language) =>
      LANGUAGES.flatMap((other) =>
        catalogueGaps(SHARED_CATALOGUES[other], SHARED_CATALOGUES[language], language),
      ),
    );
    expect(gaps).toEqual([]);
  });

  it("notice a missing key and a missing plural form", () => {
    const en = { a: "A", votes_one: "{{count}} vote", votes_other: "{{count}} votes" };
    const es = { votes_one: "{{count}} voto", votes_other: "{{count}} votos" };
    expect(catalogueGaps(en, es, "es")).toEqual([
      "es: missing a",
      'es: votes lacks the "many" form',
    ]);
  });
});
