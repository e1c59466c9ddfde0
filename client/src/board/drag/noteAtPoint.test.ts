import { describe, expect, it } from "vitest";
import { type Box, noteAtPoint } from "./noteAtPoint";

type Fake = {
  box: Box;
  dataset: Record<string, string>;
  children: Fake[];
  querySelector(selector: string): Fake | null;
  getBoundingClientRect(): Box;
};

const looked: Fake[] = [];

function fake(box: Box, dataset: Record<string, string> = {}, children: Fake[] = []): Fake {
  const self: Fake = {
    box,
    dataset,
    children,
    querySelector: (selector) =>
      selector === ".cluster-notes" ? (children.find((c) => c.dataset.list) ?? null) : null,
    getBoundingClientRect: () => {
      looked.push(self);
      return box;
    },
  };
  return self;
}

const box = (top: number, height: number, left = 0, right = 300): Box => ({
  top,
  bottom: top + height,
  left,
  right,
  height,
});

/** A lane list from `top`: `count` notes of 92 px, 8 px apart; note i is "n<i>". */
function lane(count: number, top = 0, shown = box(0, 700)) {
  const notes = Array.from({ length: count }, (_, i) =>
    fake(box(top + i * 100, 92), { note: `n${i}` }),
  );
  return fake(shown, {}, notes);
}

const at = (list: Fake, x: number, y: number) => noteAtPoint(list as unknown as Element, x, y);

describe("noteAtPoint", () => {
  it("finds the note under the point, with its box", () => {
    expect(at(lane(5), 10, 250)).toEqual({ id: "n2", box: box(200, 92) });
    expect(at(lane(5), 10, 0)?.id).toBe("n0");
  });

  it("finds nothing between cards, beside them, or past the list's shown part", () => {
    expect(at(lane(5), 10, 295), "in the gap below n2").toBeNull();
    expect(at(lane(5), 310, 250), "right of the cards").toBeNull();
    // Scrolled: the list shows 0–700 but its cards run on below; n8 (800–892) is hidden.
    expect(at(lane(20), 10, 850), "a card scrolled out of its list").toBeNull();
  });

  it("looks at a few cards of a long lane, not all of them", () => {
    looked.length = 0;
    const list = lane(2_000, -100_000, box(0, 700));
    // Cards start at -100,000 px: the one at y = 350 is number 1,003 (300–392 after the shift).
    expect(at(list, 10, 350)?.id).toBe("n1003");
    expect(looked.length).toBeLessThan(30);
  });

  it("goes into a cluster's notes, and finds none on its title", () => {
    const members = fake(box(140, 200), { list: "1" }, [
      fake(box(140, 92), { note: "m0" }),
      fake(box(240, 92), { note: "m1" }),
    ]);
    const cluster = fake(box(100, 250), { cluster: "c1" }, [members]);
    const list = fake(box(0, 700), {}, [fake(box(0, 92), { note: "n0" }), cluster]);
    expect(at(list, 10, 260)?.id).toBe("m1");
    expect(at(list, 10, 110), "the cluster's title bar").toBeNull();
  });
});
