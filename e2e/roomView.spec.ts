import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openPeople, type People } from "./fixtures/people";
import type { RunningServer } from "./fixtures/server";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

type CreatedBoard = {
  id: string;
  joinCode: string;
  facilitatorKey: string;
  facilitatorUrl: string;
  viewUrl: string;
};

let server: RunningServer;
let people: People;
let board: CreatedBoard;
let fay: BoardPage;
let lou: BoardPage;
let projector: BoardPage;

const laptop = { viewport: { width: 1280, height: 720 } };
const projectorScreen = { viewport: { width: 1920, height: 1080 } };

/** 150 ideas of one to four lines' length, as a big room writes them. */
function ideas(): string {
  const words =
    "parents voice arts data benchmarks teachers release time community partners plan".split(" ");
  return Array.from({ length: 150 }, (_, at) => {
    const length = 3 + ((at * 7) % 17);
    const text = Array.from({ length }, (_, k) => words[(at + k * 3) % words.length]).join(" ");
    return `- Idea ${at + 1}: ${text}`;
  }).join("\n");
}

/** The buttons a screen offers, by accessible name. */
async function buttonNames(page: BoardPage["page"]): Promise<string[]> {
  return page
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons.map(
        (button) => button.getAttribute("aria-label") ?? button.textContent?.trim() ?? "",
      ),
    );
}

beforeAll(async () => {
  people = await openPeople();
  server = people.server;
  fay = await people.personOn("Fay", laptop);
  lou = await people.personOn("Lou", laptop);
  projector = await people.personOn("Projector", projectorScreen);
});
afterAll(async () => {
  await people?.close();
});

const { step, check } = scenarioSteps();

describe("the room sees the work", () => {
  step("a 150-note board fits the projector on the view link, legibly", async () => {
    const response = await fetch(`${server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "All ideas" }),
    });
    board = (await response.json()) as CreatedBoard;
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${board.facilitatorKey}` },
      body: ideas(),
    });
    expect(imported.status).toBe(200);
    await fay.page.goto(board.facilitatorUrl);
    await fay.join("Fay");
    await fay.button("Start timer").click();

    await projector.page.goto(board.viewUrl);
    const texts = projector.page.locator(".room-text");
    await eventually(
      () => texts.count(),
      (count) => count === 150,
      "the projector should show all 150 notes",
    );
    const boxes = await texts.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          top: box.top,
          left: box.left,
          bottom: box.bottom,
          right: box.right,
          height: box.height,
        };
      }),
    );
    const outside = boxes.filter(
      (box) => box.top < 0 || box.left < 0 || box.bottom > 1080 || box.right > 1920,
    );
    expect(outside, "every note's text is on the screen").toEqual([]);
    const small = boxes.filter((box) => box.height < 14);
    expect(small, "every note's text is at least 14 px tall").toEqual([]);
    await projector.shows(
      projector.page.getByRole("timer", { name: "Time left" }),
      "the timer on the projector",
    );
    await projector.shows(
      projector.page.getByText(board.joinCode),
      "the join code on the projector",
    );
    await projector.shows(
      projector.page.getByRole("img", { name: "QR code to join All ideas" }),
      "the QR code on the projector",
    );
  });

  check(
    "the view link offers no editing control, only export, spotlight and language",
    async () => {
      const names = await buttonNames(projector.page);
      const others = names.filter((name) => !/^(Export|Spotlight |Language)/.test(name));
      expect(others, "buttons other than export and spotlight on the view link").toEqual([]);
      expect(await projector.page.getByRole("textbox").count()).toBe(0);
    },
  );

  step("a long note shows whole on click", async () => {
    const tile = projector.page.locator(".room-tile").filter({ hasText: "Idea 16:" });
    const text = tile.locator(".room-text");
    const clamped = await text.evaluate((element) => element.scrollHeight > element.clientHeight);
    expect(clamped, "a long idea is cut to the lines that fit").toBe(true);
    await tile.click();
    await eventually(
      () => text.evaluate((element) => element.scrollHeight <= element.clientHeight + 1),
      (whole) => whole,
      "the clicked note should show its whole text",
    );
  });

  step(
    "Spotlight fills the screen with one lane; Stop spotlight brings the others back",
    async () => {
      await lou.page.goto(`${server.url}/b/${board.id}`);
      await lou.join("Lou");
      await lou.addNote("Priority one", "Where are the parents?");
      await projector.seesNote("Priority one", "Where are the parents?");
      await projector.button("Spotlight Priority one").click();
      await projector.lacks(projector.lane("Unsorted"), "the other lanes in the spotlight");
      await projector.seesNote("Priority one", "Where are the parents?");
      const size = await projector
        .noteAnywhere("Where are the parents?")
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(size, "the spotlight enlarges the lane's notes").toBeGreaterThanOrEqual(30);
      await projector.button("Stop spotlight").click();
      await projector.shows(projector.lane("Unsorted"), "every lane again");
    },
  );

  step("the facilitator presents the board from their own screen", async () => {
    await fay.button("Present").click();
    await fay.shows(fay.button("Stop presenting"), "the room's screen with Stop presenting");
    await fay.shows(fay.page.getByText(board.joinCode), "the join code");
    expect(await fay.page.getByRole("button", { name: /^Add note to/ }).count()).toBe(0);
    await fay.button("Stop presenting").click();
    await fay.shows(fay.button("Add note to Unsorted"), "the board again");
  });

  check("a note added and left empty never reaches another screen or the CSV", async () => {
    await lou.page.evaluate(() => {
      const seen = { empty: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector(".note .placeholder")) seen.empty = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const noteCount = async () =>
      ((await (await fetch(`${server.url}/api/boards/${board.id}`)).json()) as { notes: number })
        .notes;
    const storedBefore = await noteCount();
    const before = await fay.notesIn("Priority two").count();
    await fay.button("Add note to Priority two").click();
    await fay.shows(fay.page.getByRole("textbox", { name: "Note text" }), "the new note's box");
    // The server holds the empty note; what it sends next reaches Lou after it, so once Lou
    // has the marker, Lou has had every chance to show the empty note.
    await eventually(
      noteCount,
      (count) => count === storedBefore + 1,
      "the server should hold the new note",
    );
    await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${board.facilitatorKey}` },
      body: "- Sync marker",
    });
    await lou.seesNote("Unsorted", "Sync marker");
    await fay.page.keyboard.press("Escape");
    await eventually(
      () => fay.notesIn("Priority two").count(),
      (count) => count === before,
      "the empty note should be gone from Fay's board",
    );
    expect(await fay.button("Redo").isDisabled(), "nothing to redo: it was never there").toBe(true);
    const sawEmpty = await lou.page.evaluate(
      () => (window as unknown as { seen: { empty: boolean } }).seen.empty,
    );
    expect(sawEmpty, "Lou never saw an empty note").toBe(false);
    const csv = await (
      await fetch(`${server.url}/api/boards/${board.id}/export?format=csv`)
    ).text();
    const blank = csv.split(/\r?\n/).filter((line, at) => at > 0 && /^,*$/.test(line) && line);
    expect(blank).toEqual([]);
  });

  check("a locked board shows a participant no dead buttons", async () => {
    await lou.addNote("Priority one", "Arts data in LCAP");
    await lou.dragNoteOntoNote("Arts data in LCAP", "Where are the parents?");
    await fay.seesCluster("Priority one", "Where are the parents?", ["Arts data in LCAP"]);
    const editing = lou.page.getByRole("button", {
      name: /^(Rename cluster|Dissolve cluster|Move to…|Move note|Move cluster|Edit note|Delete note|Add note to)/,
    });
    expect(await editing.count(), "Lou can edit before the lock").toBeGreaterThan(0);
    await fay.button("Lock board").click();
    await lou.shows(lou.page.getByText("Board locked", { exact: true }), "the lock badge");
    await eventually(
      () => editing.count(),
      (count) => count === 0,
      "a locked board offers Lou no editing button",
    );
  });
});
