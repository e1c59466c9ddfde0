import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { BoardPage, type LaneTitle } from "./fixtures/boardPage";
import { readBoardAsProgram } from "./fixtures/boardReader";
import { launchChromium } from "./fixtures/browser";
import { download, openPrintablePage } from "./fixtures/exports";
import { noteCard, secondsLeft, seesPhase, toggle, totalOn } from "./fixtures/facilitation";
import { type RunningServer, startBuiltServer } from "./fixtures/server";
import { scenarioSteps } from "./fixtures/steps";
import { eventually, shows } from "./fixtures/waits";

const viewport = { width: 1280, height: 720 };
const SECRET = "Longer arts blocks in the schedule";
const RESIDENCY = "Teaching artists in residence";
const COACHES = "Arts coaches for new teachers";
const SHOWCASE = "Parent night showcase";
const PRIVATE_BANNER =
  "Private writing: your new notes stay on your laptop until the facilitator reveals them.";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** The facilitator. */
let fran: BoardPage;
/** Participants, each in a browser context of their own; Ben's laptop clock is 7 minutes fast. */
let ada: BoardPage;
let ben: BoardPage;
/** A projector on the view link. */
let projector: BoardPage;
let boardId = "";
let joinUrl = "";

async function person(name: string, clockSkewMs = 0): Promise<BoardPage> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  if (clockSkewMs !== 0) {
    await context.addInitScript((skew: number) => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + skew;
    }, clockSkewMs);
  }
  return new BoardPage(await context.newPage(), name);
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  fran = await person("Fran");
  ada = await person("Ada");
  ben = await person("Ben", 7 * 60_000);
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

const { step, check } = scenarioSteps();
const everyone = () => [fran, ada, ben];

async function seeEverywhere(lane: LaneTitle, text: string) {
  for (const who of everyone()) await who.seesNote(lane, text);
}

describe("a facilitated session through Write, Cluster, Vote and Review", () => {
  step("the facilitator opens a board and two participants join by the link", async () => {
    await fran.page.goto(server.url);
    await fran.button("New board").click();
    const facilitatorUrl = await eventually(
      async () => fran.page.url(),
      (url) => /\/b\/[A-Za-z0-9_-]+#key=.+/.test(url),
      "Fran should land on the facilitator link",
    );
    await fran.join("Fran");
    const { origin, pathname } = new URL(facilitatorUrl);
    joinUrl = `${origin}${pathname}`;
    boardId = pathname.split("/").pop() ?? "";
    for (const [who, name] of [
      [ada, "Ada"],
      [ben, "Ben"],
    ] as const) {
      await who.page.goto(joinUrl);
      await who.join(name);
    }
    for (const who of everyone()) await seesPhase(who, "Write");
  });

  check("the five lanes stand side by side, as columns a room can read", async () => {
    for (const who of everyone()) {
      const boxes = await who.page
        .locator("section[data-lane]")
        .evaluateAll((lanes) =>
          lanes.map((lane) => lane.getBoundingClientRect().toJSON() as DOMRect),
        );
      expect(boxes, `${who.who} sees five lanes`).toHaveLength(5);
      const tops = new Set(boxes.map((box) => Math.round(box.top)));
      expect(tops.size, `${who.who}: the lanes start at one height`).toBe(1);
      const lefts = boxes.map((box) => box.left);
      expect(lefts, `${who.who}: the lanes run left to right`).toEqual(
        [...lefts].sort((a, b) => a - b),
      );
      expect(
        Math.max(...boxes.map((box) => box.right)),
        "no lane runs off screen",
      ).toBeLessThanOrEqual(1280);
    }
  });

  check("participants get no facilitator controls and never see the key", async () => {
    for (const who of [ada, ben]) {
      expect(await who.button("Lock board").count(), `${who.who} sees no "Lock board"`).toBe(0);
      expect(await who.button("Next phase").count(), `${who.who} sees no "Next phase"`).toBe(0);
      expect(await who.page.content()).not.toContain("#key=");
    }
  });

  step("with private writing on, a participant's note stays on their laptop", async () => {
    await toggle(fran, "Private writing", true);
    await ada.shows(ada.page.getByText(PRIVATE_BANNER), "the private writing banner");
    await ada.addNote("Priority one", SECRET);
    await ada.shows(
      noteCard(ada, SECRET).getByText("Private", { exact: true }),
      'the "Private" label',
    );
    // Time enough for a note to travel, had it been sent.
    await ada.page.waitForTimeout(1500);
    for (const who of [fran, ben]) {
      expect(await who.noteAnywhere(SECRET).count(), `${who.who} must not see the draft`).toBe(0);
    }
    const onServer = await readBoardAsProgram(server.url, boardId);
    expect(onServer, "the server's document must not hold the draft text").not.toContain(SECRET);
  });

  step(
    "the facilitator reveals notes: the draft is published as the participant's note",
    async () => {
      await fran.button("Reveal notes").click();
      await seeEverywhere("Priority one", SECRET);
      await ada.lacks(
        noteCard(ada, SECRET).getByText("Private", { exact: true }),
        '"Private" after the reveal',
      );
      expect(await readBoardAsProgram(server.url, boardId)).toContain(SECRET);
    },
  );

  step("everyone writes more notes in the open", async () => {
    await ben.addNote("Priority one", RESIDENCY);
    await fran.addNote("Priority one", COACHES);
    await ada.addNote("Unsorted", SHOWCASE);
    await seeEverywhere("Priority one", RESIDENCY);
    await seeEverywhere("Unsorted", SHOWCASE);
  });

  check(
    "the facilitator panel counts each person's notes, the revealed draft as its author's",
    async () => {
      await fran.button("Facilitator panel").click();
      const panel = fran.page.getByRole("complementary", { name: "Facilitator panel" });
      await fran.shows(panel, 'the "Facilitator panel"');
      const row = (name: string) =>
        panel.getByRole("listitem").filter({ hasText: new RegExp(`^${name}\\b`) });
      await fran.shows(row("Ada").getByText("2 notes"), "2 notes for Ada (one written in private)");
      await fran.shows(row("Ben").getByText("1 note"), "1 note for Ben");
      await fran.button("Close facilitator panel").click();
      await fran.lacks(panel, "the panel after closing it");
    },
  );

  step("a projector on the view link shows the board and offers no editing", async () => {
    const viewLink = fran.page.getByRole("textbox", { name: "View link", exact: true });
    await fran.shows(viewLink, 'the textbox "View link"');
    const viewUrl = await viewLink.inputValue();
    expect(viewUrl, "the view link must not reveal the board id").not.toContain(boardId);
    projector = await person("Projector");
    await projector.page.goto(viewUrl);
    await projector.seesNote("Priority one", RESIDENCY);
    await projector.seesNote("Priority one", SECRET);
    const editing = projector.page.getByRole("button", {
      name: /^(Add note to|Edit note|Delete note)/,
    });
    expect(await editing.count(), "the projector offers no editing").toBe(0);
    expect(
      await projector.page.content(),
      "the projector's page never holds the board id",
    ).not.toContain(boardId);
  });

  check("a guest on the view link takes the minutes home, without the board id", async () => {
    const minutes = await download(projector, "Markdown (.md)");
    expect(minutes.text).toContain(RESIDENCY);
    expect(minutes.text, "the view link's export never holds the board id").not.toContain(boardId);
    const printable = await openPrintablePage(projector);
    await shows(printable.getByText(RESIDENCY, { exact: true }), "the note on the printable page");
    expect(printable.url(), "the printable page's address holds no board id").not.toContain(
      boardId,
    );
    await printable.close();
  });

  step("the timer counts down alike on every laptop, even one whose clock is wrong", async () => {
    const minutes = fran.page.getByRole("spinbutton", { name: "Timer minutes" });
    await minutes.fill("2");
    await fran.button("Start timer").click();
    const readings = await Promise.all(
      everyone().map((who) =>
        eventually(
          () => secondsLeft(who),
          (left) => left > 100 && left <= 120,
          `${who.who} should see about two minutes left`,
        ),
      ),
    );
    const spread = Math.max(...readings) - Math.min(...readings);
    expect(spread, `countdowns differ by ${spread} s: ${readings.join(", ")}`).toBeLessThanOrEqual(
      2,
    );
    await fran.button("Stop timer").click();
  });

  step("the facilitator moves to the Cluster phase", async () => {
    await fran.button("Next phase").click();
    for (const who of everyone()) await seesPhase(who, "Cluster");
  });

  step("a participant makes a cluster by dropping one note on another", async () => {
    await ada.dragNoteOntoNote(SECRET, RESIDENCY);
    for (const who of everyone())
      await who.seesCluster("Priority one", RESIDENCY, [RESIDENCY, SECRET]);
  });

  step("another makes a cluster with the keyboard only, through Move to…", async () => {
    await ben.moveToWithKeyboard(SHOWCASE, `Group with: ${COACHES}`);
    for (const who of everyone())
      await who.seesCluster("Priority one", COACHES, [COACHES, SHOWCASE]);
  });

  step("in the Vote phase a participant votes up to the budget and no further", async () => {
    const budget = fran.page.getByRole("spinbutton", { name: "Votes per person" });
    await budget.fill("3");
    await budget.blur();
    await fran.button("Next phase").click();
    for (const who of everyone()) await seesPhase(who, "Vote");
    await ada.shows(ada.page.getByText("You have 3 of 3 votes left."), "a budget of three votes");
    for (let i = 0; i < 2; i++) await ada.button(`Vote for: ${COACHES}`).click();
    await ada.button(`Vote for: ${SECRET}`).click();
    await ada.shows(ada.page.getByText("You have 0 of 3 votes left."), "no votes left");
    for (const text of [RESIDENCY, SECRET, COACHES]) {
      await expect
        .poll(() => ada.button(`Vote for: ${text}`).isDisabled(), {
          message: `"Vote for: ${text}" is refused once the budget is spent`,
        })
        .toBe(true);
    }
    await ada.shows(noteCard(ada, COACHES).getByText("2 my votes"), "her two dots on the note");
    await ben.button(`Vote for: ${COACHES}`).click();
    await ben.button(`Vote for: Cluster: ${COACHES}`).click();
    await ben.shows(ben.page.getByText("You have 1 of 3 votes left."), "one vote left");
  });

  check("totals stay hidden until the facilitator reveals them", async () => {
    await ben.page.waitForTimeout(500);
    for (const who of everyone()) {
      expect(await totalOn(who, RESIDENCY).count(), `${who.who} sees no totals yet`).toBe(0);
    }
  });

  step("the facilitator reveals the votes and everyone sees the totals", async () => {
    await fran.button("Reveal votes").click();
    for (const who of everyone()) {
      await who.shows(totalOn(who, COACHES).getByText("3 votes"), `"3 votes" on "${COACHES}"`);
      await who.shows(totalOn(who, SECRET).getByText("1 vote"), `"1 vote" on "${SECRET}"`);
    }
  });

  check("the projector shows the revealed totals too", async () => {
    await projector.shows(
      totalOn(projector, COACHES).getByText("3 votes"),
      '"3 votes" on the projector',
    );
  });

  step("Review ranks each priority's clusters and notes by votes", async () => {
    const clusters = (who: BoardPage) =>
      who
        .clustersIn("Priority one")
        .evaluateAll((groups) => groups.map((group) => group.getAttribute("aria-label")));
    expect(await clusters(fran), "board order before Review").toEqual([
      `Cluster: ${RESIDENCY}`,
      `Cluster: ${COACHES}`,
    ]);
    await fran.button("Next phase").click();
    for (const who of everyone()) {
      await seesPhase(who, "Review");
      // 4 votes: 1 on the cluster, 3 on its notes; the other cluster has 1.
      const winner = who.cluster(COACHES);
      await who.shows(winner.locator(".rank-badge").getByText("#1"), `"#1" on "${COACHES}"`);
      await who.shows(winner.locator(".cluster-votes").getByText("4 votes"), "4 votes on it");
      const second = who.cluster(RESIDENCY).locator(".rank-badge").getByText("#2");
      await who.shows(second, `"#2" on "${RESIDENCY}"`);
      expect(await clusters(who), `${who.who}: Priority one in vote order`).toEqual([
        `Cluster: ${COACHES}`,
        `Cluster: ${RESIDENCY}`,
      ]);
    }
  });

  step("the facilitator locks the board: participants can no longer add notes", async () => {
    await toggle(fran, "Lock board", true);
    for (const who of [ada, ben]) {
      await who.shows(who.page.getByText("Board locked", { exact: true }), '"Board locked"');
      await who.lacks(who.button("Add note to Priority one"), '"Add note to Priority one"');
    }
    await fran.shows(
      fran.button("Add note to Priority one"),
      "the facilitator can still add notes",
    );
  });
});
