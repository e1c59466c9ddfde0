import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { BoardPage } from "./fixtures/boardPage";
import { launchChromium } from "./fixtures/browser";
import { seesPhase } from "./fixtures/facilitation";
import { type RunningServer, startBuiltServer } from "./fixtures/server";
import { scenarioSteps } from "./fixtures/steps";

const viewport = { width: 1280, height: 720 };
const BREAKS = "Longer breaks between sessions";
const CALENDAR = "One shared calendar";
const QUIET = "A quiet room for planning";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** The facilitator, who is on the roster too. */
let fran: BoardPage;
let ada: BoardPage;

async function person(name: string): Promise<BoardPage> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return new BoardPage(await context.newPage(), name);
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  fran = await person("Fran");
  ada = await person("Ada");
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

const { step, check } = scenarioSteps();

const progressOnBar = () => fran.page.getByRole("status", { name: "Voting progress" });
const panelRow = (name: string) =>
  fran.page
    .getByRole("list", { name: "Votes per person" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${name}\\b`) });
const notice = () => ada.page.getByRole("alert").filter({ hasText: "lowered the votes to" });

describe("the facilitator follows the voting and lowers the budget", () => {
  step("a facilitator and a participant reach the Vote phase with three notes", async () => {
    const joinUrl = await fran.startBoard(server.url, "Fran");
    await ada.page.goto(joinUrl);
    await ada.join("Ada");
    for (const text of [BREAKS, CALENDAR, QUIET]) await fran.addNote("Priority one", text);
    for (const text of [BREAKS, CALENDAR, QUIET]) await ada.seesNote("Priority one", text);
    await fran.button("Next phase").click();
    await fran.button("Next phase").click();
    for (const who of [fran, ada]) await seesPhase(who, "Vote");
    await fran.shows(progressOnBar().getByText("0 of 2 have voted"), '"0 of 2 have voted"');
  });

  step("after the participant votes, the facilitator sees 1 of 2 have voted", async () => {
    for (const text of [BREAKS, BREAKS, CALENDAR, QUIET]) {
      await ada.button(`Vote for: ${text}`).click();
    }
    await ada.shows(ada.page.getByText("You have 1 of 5 votes left."), "one vote left");
    await fran.shows(progressOnBar().getByText("1 of 2 have voted"), '"1 of 2 have voted"');
    await fran.button("Facilitator panel").click();
    await fran.shows(panelRow("Ada").getByText("1 vote left"), '"1 vote left" for Ada');
    await fran.shows(panelRow("Fran").getByText("has not voted"), '"has not voted" for Fran');
    await fran.shows(
      fran.page.getByRole("complementary").getByText("1 of 2 have voted"),
      "the count in the panel",
    );
  });

  check("nobody's choices reach the facilitator before the reveal", async () => {
    expect(await fran.page.locator(".total-badge").count()).toBe(0);
  });

  step(
    "the facilitator lowers the votes to 2: the participant is told to take 2 back",
    async () => {
      const budget = fran.page.getByRole("spinbutton", { name: "Votes per person" });
      await budget.fill("2");
      await budget.blur();
      await ada.shows(
        notice().getByText(
          "The facilitator lowered the votes to 2: you have 4. Take 2 back to choose which of yours count; until then you cannot add any.",
        ),
        "the notice about votes over the budget",
      );
      for (const text of [BREAKS, CALENDAR, QUIET]) {
        await expect
          .poll(() => ada.button(`Vote for: ${text}`).isDisabled(), {
            message: `"Vote for: ${text}" is refused while over the budget`,
          })
          .toBe(true);
      }
      await fran.shows(panelRow("Ada").getByText("2 votes too many"), '"2 votes too many" for Ada');
    },
  );

  step("the participant takes votes back until within the budget", async () => {
    await ada.button(`Remove vote: ${QUIET}`).click();
    await ada.shows(
      notice().getByText(/you have 3\. Take 1 back/),
      "the notice counting one vote taken back",
    );
    await ada.button(`Remove vote: ${CALENDAR}`).click();
    await ada.lacks(notice(), "the notice once within the budget");
    await fran.shows(panelRow("Ada").getByText("done"), '"done" for Ada');
    await fran.shows(progressOnBar().getByText("1 of 2 have voted"), "still 1 of 2 have voted");
  });

  step("the revealed total counts the votes she kept", async () => {
    await fran.button("Reveal votes").click();
    const total = ada.page
      .locator("li.note")
      .filter({ has: ada.page.getByText(BREAKS, { exact: true }) })
      .locator(".total-badge");
    await ada.shows(total.getByText("2 votes"), `"2 votes" on "${BREAKS}"`);
  });
});
