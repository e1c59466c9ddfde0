import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { BoardPage } from "./fixtures/boardPage";
import { launchChromium } from "./fixtures/browser";
import { type RunningServer, startBuiltServer } from "./fixtures/server";
import { installSocketCutter, type SocketCutter } from "./fixtures/socketCutter";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

const viewport = { width: 1280, height: 720 };
const ARTS = "Arts in every school";
const MUSIC = "Music for all";
const DRAMA = "Drama club";
const UNDO_ME = "Undo me";

let server: RunningServer;
let browser: Browser;
let contextA: BrowserContext;
let contextB: BrowserContext;
let benSockets: SocketCutter;
/** The facilitator. */
let ada: BoardPage;
/** A participant, in a separate browser context. */
let ben: BoardPage;
let joinUrl = "";

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  contextA = await browser.newContext({ viewport });
  contextB = await browser.newContext({ viewport });
  // Before Ben's page exists, so every socket it ever opens can be cut.
  benSockets = await installSocketCutter(contextB);
  ada = new BoardPage(await contextA.newPage(), "Ada");
  ben = new BoardPage(await contextB.newPage(), "Ben");
});

afterAll(async () => {
  await Promise.allSettled([contextA?.close(), contextB?.close()]);
  await browser?.close();
  await server?.stop();
});

const isConnected = (status: string) => /(^|\s)Connected\b/.test(status);

const { step, check } = scenarioSteps();

describe("live board", () => {
  step("the facilitator creates a board and gives a name", async () => {
    joinUrl = await ada.startBoard(server.url, "Ada");
  });

  check("the facilitator sees the read-only join link", async () => {
    await ada.shows(ada.joinLink(), 'a textbox "Join link"');
    expect(
      await ada.joinLink().inputValue(),
      "the join link is the board's URL without the facilitator key",
    ).toBe(joinUrl);
    expect(await ada.joinLink().isEditable(), "the join link is read-only").toBe(false);
  });

  step("a participant opens the join link and gives a name", async () => {
    await ben.page.goto(joinUrl);
    await ben.join("Ben");
  });

  step("a note added by the facilitator reaches the participant", async () => {
    await ada.addNote("Priority two", ARTS);
    await ben.seesNote("Priority two", ARTS);
  });

  check("the facilitator sees the participant among the people here", async () => {
    await ada.shows(ada.person("Ben"), 'Ben in the list "People here"');
  });

  step("the participant drags the note to Priority four with the mouse", async () => {
    await ben.dragNoteWithMouse(ARTS, "Priority four");
    await ben.seesNote("Priority four", ARTS);
    await ada.seesNote("Priority four", ARTS);
    await ada.lacks(ada.note("Priority two", ARTS), `"${ARTS}" in Priority two after the move`);
  });

  step("the participant moves a note three lanes right with the keyboard only", async () => {
    await ada.addNote("Priority one", MUSIC);
    await ben.seesNote("Priority one", MUSIC);
    await ben.moveNoteWithKeyboard(MUSIC, 3);
    await ben.seesNote("Priority four", MUSIC);
    await ada.seesNote("Priority four", MUSIC);
    await ada.lacks(ada.note("Priority one", MUSIC), `"${MUSIC}" in Priority one after the move`);
  });

  step("after a reload the participant keeps the name and the board", async () => {
    await ben.page.reload();
    await ben.shows(ben.lane("Priority four"), "the board again after reloading");
    await ben.seesNote("Priority four", ARTS);
    expect(
      await ben.nameBox().count(),
      "Ben's name should be remembered: no name prompt after reloading",
    ).toBe(0);
    await eventually(
      () => ben.statusText(),
      isConnected,
      'Ben\'s connection status should say "Connected" after reloading',
    );
  });

  step(
    "a note added offline waits, then reaches the facilitator on reconnection",
    async () => {
      await contextB.setOffline(true);
      await benSockets.cut();
      await eventually(
        () => ben.statusText(),
        (status) => /Offline|Reconnecting/.test(status),
        'Ben\'s connection status should say "Offline" or "Reconnecting" once his network is gone',
      );

      await ben.addNote("Priority three", DRAMA);
      await eventually(
        () => ben.statusText(),
        (status) => /not yet saved/.test(status),
        'Ben\'s status should count his offline change as "not yet saved"',
      );
      await ada.page.waitForTimeout(500);
      expect(
        await ada.noteAnywhere(DRAMA).count(),
        `Ada should not see "${DRAMA}" while Ben is offline`,
      ).toBe(0);

      // A reload while offline keeps the note: the app shell comes from the service worker,
      // the board from this browser's IndexedDB copy.
      await ben.page.reload();
      await ben.seesNote("Priority three", DRAMA);
      await eventually(
        () => ben.statusText(),
        (status) => /Offline/.test(status) && /not yet saved/.test(status),
        'After a reload offline, Ben\'s status should still say "Offline" and count his change',
      );

      benSockets.restore();
      await contextB.setOffline(false);
      await eventually(
        () => ben.statusText(),
        isConnected,
        'Ben\'s connection status should return to "Connected" once his network is back',
        // Covers one full reconnection back-off in case the browser's "online" event is missed.
        15_000,
      );
      await ada.seesNote("Priority three", DRAMA);
    },
    45_000,
  );

  step(
    "the facilitator undoes and redoes their own note, never the participant's",
    async () => {
      const countIn = (person: BoardPage) => person.notesIn("Priority one").count();
      const before = { ada: await countIn(ada), ben: await countIn(ben) };
      const hasNotesInPriorityOne = (person: BoardPage, count: number, when: string) =>
        eventually(
          () => countIn(person),
          (now) => now === count,
          `${person.who} should have ${count} notes in Priority one ${when}`,
        );
      // A pause before typing, longer than the undo manager's merge window: one undo must still
      // take back the whole note, not just its text.
      await ada.addNote("Priority one", UNDO_ME, 800);
      await ben.seesNote("Priority one", UNDO_ME);

      const undone = async (how: string) => {
        await ada.lacks(ada.noteAnywhere(UNDO_ME), `"${UNDO_ME}" after ${how}`);
        await ben.lacks(ben.noteAnywhere(UNDO_ME), `"${UNDO_ME}" after Ada's ${how}`);
        // The whole note must go, not just its text: one undo takes back adding it.
        await hasNotesInPriorityOne(ada, before.ada, `after ${how}`);
        await hasNotesInPriorityOne(ben, before.ben, `after Ada's ${how}`);
        // Ben's note came from someone else: Ada's undo must leave it alone.
        await ada.seesNote("Priority three", DRAMA);
        await ben.seesNote("Priority three", DRAMA);
      };
      const redone = async () => {
        await ada.seesNote("Priority one", UNDO_ME);
        await ben.seesNote("Priority one", UNDO_ME);
      };

      await ada.button("Undo").click();
      await undone('the "Undo" button');
      await ada.button("Redo").click();
      await redone();

      await ada.focusBoard();
      await ada.page.keyboard.press("Control+z");
      await undone("Control+Z");
      await ada.focusBoard();
      await ada.page.keyboard.press("Control+Shift+z");
      await redone();
    },
    45_000,
  );

  step(
    "the first Tab offers a skip to the lanes, and the next one is in the first lane",
    async () => {
      // A reload puts the focus back at the top of the page, as a fresh visit does.
      await ada.page.reload();
      await ada.seesNote("Priority one", UNDO_ME);
      await ada.page.keyboard.press("Tab");
      const skip = ada.page.getByRole("link", { name: "Skip to the board" });
      await ada.shows(skip.and(ada.page.locator(":focus")), 'the focus on "Skip to the board"');
      const before = ada.page.url();
      await ada.page.keyboard.press("Enter");
      await ada.page.keyboard.press("Tab");
      await ada.shows(
        ada.lane("Unsorted").locator(":focus"),
        "the focus on the first lane's first control after skipping past the header",
      );
      expect(ada.page.url(), "the address, facilitator's key included, stays as it was").toBe(
        before,
      );
    },
  );
});
