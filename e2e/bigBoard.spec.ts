import { afterAll, beforeAll, describe, expect } from "vitest";
import { createBoardVia } from "../server/src/testing/clients";
import {
  allTexts,
  asJsonExport,
  bigBoard,
  type CreatedBoard,
  importJson,
} from "./fixtures/bigBoard";
import { type BoardPage, LANE_ORDER, type LaneTitle } from "./fixtures/boardPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

// A workshop that has run all day: 2,000 notes, most of them far outside the 1280x720 window,
// in lanes that each scroll. Moving one note must still work every way the board offers, and a
// screen reader must still reach every note by its name.

/** Unsorted, Priority one … four: 2,000 notes in all. */
const PER_LANE = [520, 380, 420, 360, 320];
const TOTAL = 2_000;
const lanes = bigBoard(PER_LANE, 8);

/** Which notes are where now, lane by lane, as the steps move them. */
const expected = new Map<LaneTitle, Set<string>>(
  lanes.map((lane) => [lane.title, new Set(allTexts(lane))]),
);

function loose(title: LaneTitle, at: number): string {
  const text = lanes.find((lane) => lane.title === title)?.notes[at];
  if (!text) throw new Error(`${title} has no loose note ${at}`);
  return text;
}

/** Far down Unsorted: it has to be scrolled to before it can be grabbed. */
const DRAGGED = loose("Unsorted", 300);
const DRAGGED_AFTER_SCROLLING = loose("Unsorted", 10);
const BY_KEYBOARD = loose("Priority three", 200);
const MOVED_TO = loose("Priority four", 100);

let room: Room;
let board: CreatedBoard;
/** A participant, who moves the notes. */
let pat: BoardPage;
/** The facilitator, on a laptop of their own (another browser context). */
let fay: BoardPage;

beforeAll(async () => {
  room = await openRoom(["Pat", "Fay"]);
  pat = room.person("Pat");
  fay = room.person("Fay");
});

afterAll(() => room?.close());

function moved(text: string, from: LaneTitle, to: LaneTitle) {
  expected.get(from)?.delete(text);
  expected.get(to)?.add(text);
}

/** Waits until `person`'s lane headings show the counts `expected` holds. */
async function countsSettle(person: BoardPage, when: string) {
  const want = LANE_ORDER.map((lane) => expected.get(lane)?.size ?? 0);
  await eventually(
    () => Promise.all(LANE_ORDER.map((lane) => person.laneCount(lane))),
    (counts) => counts.every((count, at) => count === want[at]),
    `${person.who}'s lanes should count ${want.join(", ")} notes ${when}`,
  );
}

/** `text` is the last note of `lane`, in no cluster, on `person`'s screen. */
async function isLaneEnd(person: BoardPage, lane: LaneTitle, text: string) {
  const clusters = await person
    .lane(lane)
    .getByRole("group")
    .filter({ has: person.moveHandle(text) })
    .evaluateAll((groups) => groups.map((group) => group.getAttribute("aria-label")));
  expect(clusters, `${person.who}: "${text}" should be in no cluster`).toEqual([]);
  await eventually(
    () =>
      person.notesIn(lane).evaluateAll(
        (handles, name) => ({
          at: handles.findIndex((handle) => handle.getAttribute("aria-label") === name) + 1,
          of: handles.length,
        }),
        `Move note: ${text}`,
      ),
    ({ at, of }) => at === of,
    `${person.who} should see "${text}" as the last note of ${lane}`,
  );
}

/** `text` is in `to` (not `from`) for both people, and every lane's count says so. */
async function bothSee(text: string, from: LaneTitle, to: LaneTitle) {
  for (const person of [pat, fay]) {
    await person.seesNote(to, text);
    await person.lacks(person.note(from, text), `"${text}" in ${from} after the move`);
    await countsSettle(person, `after "${text}" went to ${to}`);
  }
}

const { step, check } = scenarioSteps();

describe("a board of 2,000 notes", () => {
  step("the facilitator imports 2,000 notes through the REST API", async () => {
    board = await createBoardVia(room.server.url, "District arts roundtable");
    await importJson(room.server.url, board, asJsonExport(board.title, lanes));
    const stored = (await (await fetch(`${room.server.url}/api/boards/${board.id}`)).json()) as {
      notes: number;
    };
    expect(stored.notes, "the server should hold every imported note").toBe(TOTAL);
  });

  step(
    "a participant and the facilitator open it at 1280x720",
    async () => {
      await pat.page.goto(board.joinUrl);
      await pat.join("Pat");
      await fay.page.goto(board.facilitatorUrl);
      await fay.join("Fay");
      await countsSettle(pat, "once the board has loaded");
      await countsSettle(fay, "once the board has loaded");
    },
    60_000,
  );

  step("a note dragged by its body to another lane lands there, for both", async () => {
    await pat.dragNoteBodyToLaneHeading(DRAGGED, "Priority two");
    moved(DRAGGED, "Unsorted", "Priority two");
    await bothSee(DRAGGED, "Unsorted", "Priority two");
    await isLaneEnd(pat, "Priority two", DRAGGED);
    await isLaneEnd(fay, "Priority two", DRAGGED);
  });

  step("a note moved with the keyboard alone lands in the next lane", async () => {
    await pat.moveNoteWithKeyboardTo(BY_KEYBOARD, "Priority three", "Priority four");
    moved(BY_KEYBOARD, "Priority three", "Priority four");
    await bothSee(BY_KEYBOARD, "Priority three", "Priority four");
  });

  step("Move to… takes a note to another priority", async () => {
    await pat.moveToWithKeyboard(MOVED_TO, "Priority one");
    moved(MOVED_TO, "Priority four", "Priority one");
    await bothSee(MOVED_TO, "Priority four", "Priority one");
    // The note now ends Priority one, far below what the lane shows: focus follows it there.
    await eventually(
      () => pat.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null),
      (label) => label === `Move to…: ${MOVED_TO}`,
      `focus should follow "${MOVED_TO}" to its new place, on its "Move to…" button`,
    );
  });

  check("a note far down a lane shows its controls once scrolled into sight", async () => {
    const far = loose("Unsorted", 420);
    const edit = pat.button(`Edit note: ${far}`);
    // Out of sight, a card is its handle and its text: a page of light cards, not 32,000
    // elements.
    expect(await edit.count(), "a note out of sight has no Edit button yet").toBe(0);
    const deletes = await pat.page.locator("button[aria-label^='Delete note: ']").count();
    expect(deletes, "only the cards in sight and a few around them are whole").toBeLessThan(150);
    await pat.note("Unsorted", far).evaluate((text) => text.scrollIntoView({ block: "center" }));
    await pat.shows(edit, `the button "Edit note: ${far}" once the note is in sight`);
    await edit.click();
    const box = pat.page.getByRole("textbox", { name: "Note text" });
    await pat.shows(box, `the text box of "${far}"`);
    await box.press("Escape");
    await pat.lacks(box, `the text box of "${far}" after Escape`);
  });

  check(
    "every note has a name a screen reader reaches, also those scrolled out of view",
    async () => {
      let named = 0;
      let outOfView = 0;
      for (const lane of LANE_ORDER) {
        const handles = pat.notesIn(lane);
        const names = (await pat.lane(lane).ariaSnapshot())
          .split("\n")
          .map((line) => /^\s*- '?button "Move note: (.*)"'?$/.exec(line)?.[1])
          .filter((name): name is string => name !== undefined);
        const want = [...(expected.get(lane) ?? [])].sort();
        expect(
          await handles.count(),
          `${lane}: one button "Move note: …" per note the heading counts`,
        ).toBe(await pat.laneCount(lane));
        expect(names.sort(), `${lane}: every note named by its text`).toEqual(want);
        named += names.length;
        outOfView += await handles.evaluateAll(
          (buttons) =>
            buttons.filter((button) => {
              const box = button.getBoundingClientRect();
              const list = button.closest("ul.notes")?.getBoundingClientRect();
              return !list || box.bottom < list.top || box.top > list.bottom;
            }).length,
        );
      }
      expect(named, "every note on the board has a name").toBe(TOTAL);
      expect(outOfView, "most notes are scrolled out of view").toBeGreaterThan(TOTAL / 2);
    },
    60_000,
  );

  check(
    "a note dropped on the heading of a lane scrolled halfway down lands at that lane's end",
    async () => {
      // A person scrolls Priority three with the wheel to read it, then drops a note on its
      // heading, above the notes they can see. Scrolled halfway down, the note whose middle is
      // now behind the heading, out of sight above the list's top, must not take the drop.
      const list = pat.lane("Priority three").getByRole("list").first();
      const listBox = await list.boundingBox();
      const headBox = await pat.laneHeading("Priority three").boundingBox();
      if (!listBox || !headBox) throw new Error("Priority three has no box on screen");
      const hidden = pat.notesIn("Priority three").nth(180);
      const distance = await hidden.evaluate(
        (handle, y) => {
          const card = handle.closest("li")?.getBoundingClientRect();
          return card ? card.top + card.height / 2 - y : 0;
        },
        headBox.y + headBox.height / 2,
      );
      await pat.page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height / 2);
      await pat.page.mouse.wheel(0, distance);
      let before = -1;
      await eventually(
        () => list.evaluate((element) => element.scrollTop),
        (top) => {
          const settled = top === before;
          before = top;
          return settled && top > 4_000;
        },
        "Pat's wheel should scroll Priority three halfway down, and the scrolling come to rest",
      );
      await pat.dragNoteBodyToLaneHeading(DRAGGED_AFTER_SCROLLING, "Priority three");
      moved(DRAGGED_AFTER_SCROLLING, "Unsorted", "Priority three");
      await bothSee(DRAGGED_AFTER_SCROLLING, "Unsorted", "Priority three");
      await isLaneEnd(pat, "Priority three", DRAGGED_AFTER_SCROLLING);
    },
  );

  check(
    "a note dropped on the top edge of a note far down another lane goes just before it",
    async () => {
      // Most of the board's cards are light and take no part in dragging until one is grabbed:
      // the note under the pointer is found on the page, wherever its lane is scrolled to.
      const grabbed = loose("Unsorted", 12);
      const target = loose("Priority one", 150);
      const card = pat.page.locator("li.note", { has: pat.moveHandle(target) });
      await card.evaluate((li) => li.scrollIntoView({ block: "center" }));
      const text = pat.note("Unsorted", grabbed);
      await text.scrollIntoViewIfNeeded();
      const from = await text.boundingBox();
      if (!from) throw new Error(`"${grabbed}" has no box on screen`);
      const mouse = pat.page.mouse;
      await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await mouse.down();
      await mouse.move(from.x + from.width / 2 + 6, from.y + from.height / 2 + 6, { steps: 3 });
      const onto = await card.boundingBox();
      if (!onto) throw new Error(`"${target}" has no box on screen`);
      await mouse.move(onto.x + onto.width / 2, onto.y + onto.height * 0.1, { steps: 15 });
      await pat.shows(
        card.and(pat.page.locator(".drop-before")),
        `the line above "${target}" while the pointer is on its top edge`,
      );
      await mouse.up();
      moved(grabbed, "Unsorted", "Priority one");
      await bothSee(grabbed, "Unsorted", "Priority one");
      for (const person of [pat, fay]) {
        await eventually(
          () =>
            person
              .notesIn("Priority one")
              .evaluateAll(
                (handles, names) =>
                  names.map((name) =>
                    handles.findIndex((handle) => handle.getAttribute("aria-label") === name),
                  ),
                [`Move note: ${grabbed}`, `Move note: ${target}`],
              ),
          ([at, before]) => at !== undefined && at >= 0 && at + 1 === before,
          `${person.who} should see "${grabbed}" just before "${target}" in Priority one`,
        );
      }
    },
  );
});
