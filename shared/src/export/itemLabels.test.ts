import { describe, expect, it } from "vitest";
import { itemLabel, MAX_ITEM_LABEL, uniqueLabels } from "./itemLabels";

describe("itemLabel", () => {
  it("puts the text on one line and shortens it with …, never inside an emoji", () => {
    expect(itemLabel("  Fix\n the   doors ")).toBe("Fix the doors");
    expect(itemLabel("x".repeat(MAX_ITEM_LABEL))).toBe("x".repeat(MAX_ITEM_LABEL));
    expect(itemLabel(`${"x".repeat(MAX_ITEM_LABEL - 1)} tail`)).toBe(
      `${"x".repeat(MAX_ITEM_LABEL - 1)}…`,
    );
    expect(itemLabel("🎻".repeat(MAX_ITEM_LABEL + 1))).toBe(`${"🎻".repeat(MAX_ITEM_LABEL)}…`);
  });
});

describe("uniqueLabels", () => {
  it("numbers the second and later of a label, past labels that already hold the number", () => {
    expect(uniqueLabels(["A", "A (2)", "A", "B", "A", "A (2)"])).toEqual([
      "A",
      "A (2)",
      "A (3)",
      "B",
      "A (4)",
      "A (2) (2)",
    ]);
  });

  it("takes time linear in the number of labels, however many repeat", () => {
    const labels = [
      ...Array.from({ length: 20_000 }, (_, i) => `A (${i + 2})`),
      ...Array(20_000).fill("A"),
    ];
    const started = performance.now();
    const unique = uniqueLabels(labels);
    expect(new Set(unique).size).toBe(labels.length);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
