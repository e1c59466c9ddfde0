import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openPeople, type People } from "./fixtures/people";
import type { RunningServer } from "./fixtures/server";
import { scenarioSteps } from "./fixtures/steps";
import { swipeUp, touchDrag } from "./fixtures/touch";
import { eventually, hides } from "./fixtures/waits";

type CreatedBoard = {
  id: string;
  title: string;
  joinCode: string;
  facilitatorUrl: string;
  viewUrl: string;
};

let server: RunningServer;
let people: People;
let board: CreatedBoard;
/** The facilitator, on a laptop. */
let fay: BoardPage;
/** A participant on a phone: 390x844, touch. */
let pat: BoardPage;
/** A participant on a laptop. */
let lou: BoardPage;

const laptop = { viewport: { width: 1280, height: 720 } };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Waits until the button named `name` (its accessible name, exactly) has the keyboard focus. */
async function expectFocusOn(who: BoardPage, name: string, after: string) {
  await eventually(
    () =>
      who
        .button(name)
        .evaluate((element) => element === document.activeElement)
        .catch(() => false),
    (focused) => focused,
    `${who.who}: after ${after}, the focus should be on the button "${name}"`,
  );
}

beforeAll(async () => {
  people = await openPeople();
  server = people.server;
  fay = await people.personOn("Fay", laptop);
  pat = await people.personOn("Pat", phone);
  lou = await people.personOn("Lou", laptop);
});
afterAll(async () => {
  await people?.close();
});

const { step, check } = scenarioSteps();

describe("everyone in, on any device", () => {
  step("a board created with a title answers its own join code", async () => {
    const response = await fetch(`${server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "LRT June" }),
    });
    expect(response.status).toBe(201);
    board = (await response.json()) as CreatedBoard;
    expect(board.title).toBe("LRT June");
    expect(board.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });

  step(
    "the facilitator's join prompt names the board, and the invite shows code and QR",
    async () => {
      await fay.page.goto(board.facilitatorUrl);
      await fay.shows(
        fay.page.getByRole("heading", { name: "Join LRT June" }),
        "the join prompt naming the board",
      );
      await fay.join("Fay");
      await fay.shows(fay.page.getByRole("heading", { name: "LRT June", level: 1 }), "the title");
      const invite = fay.page.getByRole("region", { name: "Invite people" });
      await fay.shows(invite.getByText(board.joinCode), "the join code in the invite strip");
      await fay.shows(
        invite.getByRole("img", { name: "QR code to join LRT June" }),
        "the QR code to join",
      );
      await fay.button("Show join code").click();
      const screen = fay.page.getByRole("dialog", { name: "Join LRT June" });
      await fay.shows(screen.getByText(board.joinCode), "the code full screen");
      await fay.shows(
        screen.getByRole("img", { name: "QR code to join LRT June" }),
        "the QR code full screen",
      );
      await screen.getByRole("button", { name: "Hide join code" }).click();
      await hides(screen, "the full-screen code should close");
      await expectFocusOn(fay, "Show join code", "closing the full-screen code");
    },
  );

  step("on a phone, a participant joins by typing the board's code on the start page", async () => {
    await pat.page.goto(server.url);
    await pat.page.getByRole("textbox", { name: "Join code" }).fill(board.joinCode.toLowerCase());
    await pat.button("Join group").click();
    await pat.shows(
      pat.page.getByRole("heading", { name: "Join LRT June" }),
      "the join prompt naming the board",
    );
    // A field a thumb can hit, in type large enough that the phone does not zoom into it.
    const field = await pat.page.getByRole("textbox", { name: "Your name" }).evaluate((input) => ({
      height: input.getBoundingClientRect().height,
      fontPx: Number.parseFloat(getComputedStyle(input).fontSize),
    }));
    expect(field.height, "the name field is finger-sized").toBeGreaterThanOrEqual(44);
    expect(field.fontPx, "the name field's text is 16 px or more").toBeGreaterThanOrEqual(16);
    await pat.join("Pat");
    expect(pat.page.url()).toBe(`${server.url}/b/${board.id}`);
    const widths = await pat.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page, "nothing on the phone is wider than the screen").toBeLessThanOrEqual(
      widths.screen,
    );
    const hint = await pat.page.getByText("Write your ideas, one per note.").boundingBox();
    expect(hint, "the phase hint is on the phone's screen").not.toBeNull();
    expect(
      (hint?.x ?? 0) + (hint?.width ?? 0),
      "the phase hint ends inside the screen",
    ).toBeLessThanOrEqual(widths.screen);
    expect(hint?.width ?? 0, "the phase hint has a line of its own").toBeGreaterThan(200);
  });

  step("the phone adds a note at full width, and the laptop sees it", async () => {
    await pat.button("Add note to Unsorted").click();
    const editor = pat.page.getByRole("textbox", { name: "Note text" });
    await pat.shows(editor, "the note's text box");
    const editorBox = await editor.boundingBox();
    expect(editorBox?.width ?? 0, "the note's text box on a phone").toBeGreaterThanOrEqual(280);
    await editor.fill("Where are the parents?");
    await editor.press("Escape");
    await pat.seesNote("Unsorted", "Where are the parents?");
    await fay.seesNote("Unsorted", "Where are the parents?");
    const widths = await pat.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });

  step("the phone drags the note to Priority two with a long press, onto its tab", async () => {
    await touchDrag(
      pat.page,
      pat.noteAnywhere("Where are the parents?"),
      pat.page.getByRole("tab", { name: "Priority two" }),
      pat.page.locator(".drag-preview"),
    );
    await fay.seesNote("Priority two", "Where are the parents?");
    // The phone now shows the lane the note went to.
    await pat.seesNote("Priority two", "Where are the parents?");
    await expect
      .poll(() => pat.page.getByRole("tab", { name: "Priority two" }).getAttribute("aria-selected"))
      .toBe("true");
  });

  step("the phone moves another note to Priority two with Move to…, by tapping", async () => {
    await pat.page.getByRole("tab", { name: "Unsorted" }).tap();
    await pat.button("Add note to Unsorted").tap();
    const editor = pat.page.getByRole("textbox", { name: "Note text" });
    await editor.fill("Arts data in LCAP");
    await editor.press("Escape");
    await pat.button("Move to…: Arts data in LCAP").tap();
    const dialog = pat.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Priority two", exact: true }).tap();
    await hides(dialog, "the Move to… dialog should close");
    await fay.seesNote("Priority two", "Arts data in LCAP");
  });

  step("the phone votes in the Vote phase, and the laptop counts it", async () => {
    await fay.button("Next phase").click();
    await fay.button("Next phase").click();
    const vote = pat.button("Vote for: Arts data in LCAP");
    await pat.page.getByRole("tab", { name: "Priority two" }).tap();
    await pat.shows(vote, "the vote button in the Vote phase");
    await vote.tap();
    await fay.button("Reveal votes").click();
    await fay.shows(
      fay.lane("Priority two").getByText("1 vote", { exact: true }),
      "the phone's vote in the total",
    );
  });

  step(
    "a mouse drag from the middle of a note's text moves it, and onto a note clusters",
    async () => {
      await lou.page.goto(`${server.url}/b/${board.id}`);
      await lou.join("Lou");
      await fay.button("Previous phase").click();
      await fay.button("Previous phase").click();
      await lou.addNote("Unsorted", "Listening campaign");
      await lou.dragNoteBodyWithMouse("Listening campaign", "Priority three");
      await fay.seesNote("Priority three", "Listening campaign");
      await lou.dragNoteBodyOntoNote("Listening campaign", "Where are the parents?");
      await fay.seesCluster("Priority two", "Where are the parents?", [
        "Where are the parents?",
        "Listening campaign",
      ]);
    },
  );

  step("the facilitator renames the board, live on the phone and in every file name", async () => {
    await fay.button("Rename board").click();
    const box = fay.page.getByRole("textbox", { name: "Board title" });
    await box.fill("LRT June 2017");
    await box.press("Enter");
    await expectFocusOn(fay, "Rename board", "renaming the board");
    await pat.shows(
      pat.page.getByRole("heading", { name: "LRT June 2017", level: 1 }),
      "the new title on the phone",
    );
    const viewToken = new URL(board.viewUrl).pathname.split("/").pop();
    for (const format of ["md", "csv", "json"]) {
      for (const path of [`boards/${board.id}`, `view/${viewToken}`]) {
        const response = await fetch(`${server.url}/api/${path}/export?format=${format}`);
        expect(response.headers.get("content-disposition")).toMatch(/lrt-june-2017/i);
      }
    }
    const view = await people.personOn("Projector", { viewport: { width: 1920, height: 1080 } });
    await view.page.goto(board.viewUrl);
    await view.shows(
      view.page.getByRole("heading", { name: "LRT June 2017", level: 1 }),
      "the title on the view link",
    );
  });

  step("a participant changes their name; the others' lists follow", async () => {
    await lou.button("Change name").click();
    const dialog = lou.page.getByRole("dialog", { name: "Change your name" });
    await dialog.getByRole("textbox", { name: "Your name" }).fill("Louise");
    await dialog.getByRole("button", { name: "Save name" }).click();
    await hides(dialog, "the change-name dialog should close");
    await expectFocusOn(lou, "Change name", "changing the name");
    await fay.shows(fay.person("Louise"), "Louise in the people list");
    await fay.button("Facilitator panel").click();
    const panel = fay.page.locator(".participation li").filter({ hasText: "Louise" });
    await fay.shows(panel.getByText("1 note", { exact: true }), "Louise's note counted");
  });

  check("another board offers the last name but waits for Join", async () => {
    const other = (await (
      await fetch(`${server.url}/api/boards`, { method: "POST" })
    ).json()) as CreatedBoard;
    await lou.page.goto(`${server.url}/b/${other.id}`);
    await lou.shows(lou.nameBox(), "the name prompt on a board not joined before");
    expect(await lou.nameBox().inputValue()).toBe("Louise");
  });

  check("on the phone a swipe over the notes scrolls the page and moves nothing", async () => {
    const lines = Array.from({ length: 14 }, (_, at) => `- Idea number ${at + 1}`).join("\n");
    const key = new URL(board.facilitatorUrl).hash.replace("#key=", "");
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${key}` },
      body: lines,
    });
    expect(imported.status).toBe(200);
    await pat.page.getByRole("tab", { name: "Unsorted" }).tap();
    await pat.seesNote("Unsorted", "Idea number 14");
    await pat.page.evaluate(() => window.scrollTo(0, 0));
    await swipeUp(pat.page, pat.noteAnywhere("Idea number 3"), 300);
    await eventually(
      () => pat.page.evaluate(() => window.scrollY),
      (scrolled) => scrolled > 100,
      "Pat's swipe should scroll the page",
    );
    expect(await pat.page.locator(".drag-preview").count()).toBe(0);
    await pat.seesNote("Unsorted", "Idea number 3");
  });

  check("focus never falls to the page", async () => {
    await fay.page.keyboard.press("Escape");
    await fay.addNote("Priority four", "First");
    await fay.addNote("Priority four", "Second");
    await fay.button("Edit note: First").click();
    await fay.page.keyboard.press("Escape");
    await expectFocusOn(fay, "Edit note: First", "closing the editor");
    await fay.button("Delete note: First").click();
    await expectFocusOn(fay, "Edit note: Second", "deleting a note");
    await fay.button("Delete note: Second").click();
    await expectFocusOn(fay, "Add note to Priority four", "deleting the lane's last note");
    await fay.button("Close invite links").click();
    await expectFocusOn(fay, "Invite", "closing the invite links");
    await fay.button("Next phase").click();
    await fay.button("Next phase").click();
    await fay.button("Vote for: Arts data in LCAP").click();
    await fay.button("Remove vote: Arts data in LCAP").click();
    await expectFocusOn(fay, "Vote for: Arts data in LCAP", "removing one's last vote");
  });
});
