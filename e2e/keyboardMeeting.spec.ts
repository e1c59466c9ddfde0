import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { tabAndPress, tabTo } from "./fixtures/keyboard";
import { MeetingPage } from "./fixtures/meetingPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually, hides, shows } from "./fixtures/waits";

// A whole meeting with the keyboard alone: no click, no tap, no focus set by the test. Every
// control is reached with Tab and used with Enter, Space, arrows and typing, as a facilitator
// and a participant who use no mouse do it.

const GROUPS = ["Principals", "Teachers"] as const;
const ARTS = "Arts in every school";
const RESIDENCY = "Teaching artists in residence";

let room: Room;
let fran: BoardPage;
let ada: BoardPage;
let meeting: MeetingPage;
/** The Principals' board, opened by the facilitator from the meeting page. */
let franBoard: Page;

beforeAll(async () => {
  room = await openRoom(["Fran", "Ada"], { acceptDownloads: true });
  fran = room.person("Fran");
  ada = room.person("Ada");
  meeting = new MeetingPage(fran);
});

afterAll(() => room?.close());

const { step } = scenarioSteps();

function button(page: Page, name: string) {
  return page.getByRole("button", { name, exact: true });
}

function textbox(page: Page, name: string) {
  return page.getByRole("textbox", { name, exact: true });
}

describe("a meeting led and joined with the keyboard only", () => {
  step("the facilitator creates a meeting of two groups from the start page", async () => {
    const page = fran.page;
    await page.goto(room.server.url);
    await tabTo(page, textbox(page, "Meeting title"), 'the textbox "Meeting title"');
    await page.keyboard.type("Spring arts planning");
    await tabTo(page, textbox(page, "Groups, one per line"), 'the textbox "Groups, one per line"');
    // The box holds example groups: select them all and type over them.
    await page.keyboard.press("Control+a");
    await page.keyboard.type(GROUPS.join("\n"));
    await tabAndPress(page, button(page, "Create meeting"), 'the button "Create meeting"');
    await eventually(
      async () => page.url(),
      (url) => /\/m\/[A-Za-z0-9_-]+#key=.+/.test(url),
      "Fran should reach the meeting's facilitator link",
    );
    await meeting.allConnected(GROUPS);
  });

  step("a participant joins the Principals with the group's code", async () => {
    const code = await meeting.joinCode("Principals");
    const page = ada.page;
    await page.goto(room.server.url);
    await tabTo(page, textbox(page, "Join code"), 'the textbox "Join code"');
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");
    await tabTo(page, textbox(page, "Your name"), 'the textbox "Your name"');
    await page.keyboard.type("Ada");
    await page.keyboard.press("Enter");
    await ada.shows(ada.lane("Unsorted"), 'the board (region "Unsorted")');
  });

  step("she writes two notes", async () => {
    const page = ada.page;
    for (const text of [ARTS, RESIDENCY]) {
      await tabAndPress(
        page,
        button(page, "Add note to Unsorted"),
        'the button "Add note to Unsorted"',
      );
      await shows(
        textbox(page, "Note text").and(page.locator(":focus")),
        "the focused note editor",
      );
      await page.keyboard.type(text);
      await page.keyboard.press("Escape");
      await ada.seesNote("Unsorted", text);
    }
  });

  step("she clusters them with Move to…", async () => {
    const page = ada.page;
    await tabAndPress(
      page,
      button(page, `Move to…: ${RESIDENCY}`),
      `the button "Move to…: ${RESIDENCY}"`,
    );
    const dialog = page.getByRole("dialog");
    await shows(dialog, 'the "Move to…" dialog');
    await page.keyboard.type(`Group with: ${ARTS}`);
    await page.keyboard.press("ArrowDown");
    await shows(
      dialog.getByRole("button", { name: `Group with: ${ARTS}` }).and(page.locator(":focus")),
      `the destination "Group with: ${ARTS}" focused`,
    );
    await page.keyboard.press("Enter");
    await hides(dialog, "the dialog should close after choosing");
    const cluster = ada.lane("Unsorted").locator(".cluster", { hasText: RESIDENCY });
    await shows(cluster.filter({ hasText: ARTS }), "both notes in one cluster");
  });

  step("the facilitator moves every group to Vote from the meeting page", async () => {
    const page = fran.page;
    await tabAndPress(
      page,
      button(page, "Set all groups to Vote"),
      'the button "Set all groups to Vote"',
    );
    await shows(
      page.getByRole("status").filter({ hasText: /Vote/ }),
      "the meeting page saying the groups are in Vote",
    );
    await shows(ada.page.getByText("Vote phase").first(), "Ada's board in the Vote phase");
  });

  step("the participant votes for the cluster", async () => {
    const page = ada.page;
    const vote = page.getByRole("button", { name: /^Vote for: / }).first();
    await tabAndPress(page, vote, 'the first "Vote for" button');
    await shows(page.getByText(/1 my vote/).first(), "her vote counted on the card");
  });

  step("the facilitator opens the group's board and reveals the votes", async () => {
    const page = fran.page;
    const opening = page.context().waitForEvent("page");
    await tabAndPress(
      page,
      page.getByRole("link", { name: "Open Principals board", exact: true }),
      'the link "Open Principals board"',
    );
    franBoard = await opening;
    await tabTo(franBoard, textbox(franBoard, "Your name"), 'the textbox "Your name"');
    await franBoard.keyboard.type("Fran");
    await franBoard.keyboard.press("Enter");
    await tabAndPress(franBoard, button(franBoard, "Reveal votes"), 'the button "Reveal votes"');
    await shows(
      ada.page
        .locator(".total-badge")
        .filter({ hasText: /^1 vote/ })
        .first(),
      "the revealed total on Ada's board",
    );
  });

  step("the facilitator exports the meeting's results as Markdown", async () => {
    const page = fran.page;
    await page.bringToFront();
    await tabAndPress(page, button(page, "Export results"), 'the menu button "Export results"');
    const item = page.getByRole("menuitem", { name: "Markdown (.md)", exact: true });
    await shows(item, 'the menu item "Markdown (.md)"');
    // The menu opens on its first item; arrows go through it until Markdown has the focus.
    for (let i = 0; i < 6 && !(await item.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("ArrowDown");
    }
    const arriving = page.waitForEvent("download", { timeout: 15_000 });
    await page.keyboard.press("Enter");
    const file = await arriving;
    const text = await readFile(await file.path(), "utf8");
    expect(text).toContain(ARTS);
    expect(text).toContain(RESIDENCY);
    expect(text).toMatch(/\(1 vote\)/);
  });
});
