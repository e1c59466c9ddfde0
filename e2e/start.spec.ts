import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./fixtures/browser";
import { type RunningServer, startBuiltServer } from "./fixtures/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("start page", () => {
  it("creates a board and opens it as its facilitator, with the key only in the fragment", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Roundtable" }).waitFor();
    await page.getByRole("button", { name: "New board" }).click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]{20,}#key=/);
    const url = new URL(page.url());
    const boardId = url.pathname.split("/b/")[1] ?? "";
    const summary = await (await fetch(`${server.url}/api/boards/${boardId}`)).json();
    expect(summary).toMatchObject({ id: boardId, title: "Untitled board" });
    await page.getByRole("textbox", { name: "Your name" }).fill("Ada");
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByRole("heading", { name: "Untitled board" }).waitFor();
    for (const lane of [
      "Unsorted",
      "Priority one",
      "Priority two",
      "Priority three",
      "Priority four",
    ]) {
      await page.getByRole("region", { name: lane }).waitFor();
    }
    // The facilitator sees the participants' link, without the key.
    expect(await page.getByRole("textbox", { name: "Join link" }).inputValue()).toBe(
      `${server.url}/b/${boardId}`,
    );
    await context.close();
  });

  it("creates a meeting with an agenda typed as an itinerary, and says what is wrong with a bad line", async () => {
    // At 13:00 only the all-day session is on now, whatever the hour the suite runs.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      timezoneId: "UTC",
    });
    await context.clock.setFixedTime(Date.UTC(2026, 2, 22, 13, 0));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("textbox", { name: "Meeting title" }).fill("District visit");
    await page.getByRole("textbox", { name: "Groups, one per line" }).fill("Principals\nDirectors");
    await page.getByText("Agenda (optional)").click();
    const agenda = page.getByRole("textbox", { name: "Agenda, one session per line" });
    await agenda.fill("00:00-23:59 principals: Review\n9:00-10:00 Cabinet");
    await page.getByRole("button", { name: "Create meeting" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: 'Agenda line 2: there is no group "Cabinet"' })
      .waitFor();
    expect(page.url()).toBe(`${server.url}/`);
    await agenda.fill("00:00-23:59 principals: Review\n9:00-10:00 Directors");
    await page.getByRole("button", { name: "Create meeting" }).click();
    await page.waitForURL(/\/m\/[A-Za-z0-9_-]{20,}#key=/);
    const sessions = page.getByRole("region", { name: "Agenda" }).getByRole("listitem");
    await sessions.first().waitFor();
    expect(await sessions.allTextContents()).toEqual([
      expect.stringMatching(/Review\s*Principals\s*Now$/),
      expect.stringMatching(/Session\s*Directors$/),
    ]);
    expect(await sessions.first().getAttribute("aria-current")).toBe("time");
    await context.close();
  });

  it("reads an itinerary's own times as a working day and shows the hours on the agenda", async () => {
    // A laptop in a UTC room at 13:00, reading times on a 24-hour clock.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: "en-GB",
      timezoneId: "UTC",
    });
    await context.clock.setFixedTime(Date.UTC(2026, 2, 22, 13, 0));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("textbox", { name: "Meeting title" }).fill("ALMA visit");
    await page
      .getByRole("textbox", { name: "Groups, one per line" })
      .fill("Principals\nDirectors\nALMA DLT\nCabinet");
    await page.getByText("Agenda (optional)").click();
    await page
      .getByRole("textbox", { name: "Agenda, one session per line" })
      .fill(
        [
          "Principals (12:30-1:50)",
          "Directors: Budget (2:00-3:20)",
          "ALMA DLT (8:15-12)",
          "4-5:30 Cabinet",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Create meeting" }).click();
    await page.waitForURL(/\/m\/[A-Za-z0-9_-]{20,}#key=/);
    const sessions = page.getByRole("region", { name: "Agenda" }).getByRole("listitem");
    await sessions.first().waitFor();
    // Shown as the page's language writes times (an English browser: 12-hour with AM and PM).
    expect(await sessions.allTextContents()).toEqual([
      expect.stringMatching(/^8:15\sAM–12:00\sPM\s*Session\s*ALMA DLT$/),
      expect.stringMatching(/^12:30\sPM–1:50\sPM\s*Session\s*Principals\s*Now$/),
      expect.stringMatching(/^2:00\sPM–3:20\sPM\s*Budget\s*Directors$/),
      expect.stringMatching(/^4:00\sPM–5:30\sPM\s*Session\s*Cabinet$/),
    ]);
    expect(await sessions.nth(1).getAttribute("aria-current")).toBe("time");
    expect(await sessions.nth(2).getAttribute("aria-current")).toBeNull();
    await context.close();
  });

  it("tells a participant when a board does not exist", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/b/nosuchboard0000000000`);
    await page.getByRole("alert").filter({ hasText: "This board does not exist" }).waitFor();
    await context.close();
  });
});
