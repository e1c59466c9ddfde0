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
  it("creates a board from the browser and shows its links", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Roundtable" }).waitFor();
    await page.getByRole("button", { name: "New board" }).click();
    const joinLink = page.getByRole("link", { name: /\/b\/[A-Za-z0-9_-]{20,}$/ });
    await joinLink.waitFor();
    const joinUrl = (await joinLink.getAttribute("href")) ?? "";
    const boardId = joinUrl.split("/b/")[1] ?? "";
    const summary = await (await fetch(`${server.url}/api/boards/${boardId}`)).json();
    expect(summary).toMatchObject({ id: boardId, title: "Untitled board" });
    // The join link opens the board, not the start page again.
    await joinLink.click();
    await page.getByRole("heading", { name: "Untitled board" }).waitFor();
    await page.getByText("Priority one: 0 notes").waitFor();
    await context.close();
  });
});
