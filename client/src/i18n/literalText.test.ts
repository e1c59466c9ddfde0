import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { literalTexts } from "./literalText";

const SRC = join(import.meta.dirname, "..");

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith(".tsx") && !entry.name.includes(".test.") ? [path] : [];
  });
}

describe("components", () => {
  it("take every word people read from a catalogue, none written in", () => {
    const found = components(SRC).flatMap((path) =>
      literalTexts(path, readFileSync(path, "utf8")).map(
        ({ line, text }) => `${relative(SRC, path)}:${line} ${JSON.stringify(text)}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("literalTexts", () => {
  it("finds JSX text, text attributes, literal children and message calls", () => {
    const source = `
      export function A({ n }) {
        notify("Saved");
        return (
          <p title="Hint" className="plain-class">
            Hello {n} {"world"} {n > 1 ? "many" : "one"} — … ▾ Roundtable
            <input aria-label={\`Note \${n}\`} placeholder={t("x")} />
          </p>
        );
      }`;
    expect(literalTexts("a.tsx", source).map((found) => found.text)).toEqual([
      "Saved",
      "Hint",
      "Hello",
      "world",
      "many one",
      "— … ▾ Roundtable",
      "Note",
    ]);
  });
});
