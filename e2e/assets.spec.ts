import { describe, expect, it } from "vitest";
import { createBoardVia } from "../server/src/testing/clients";
import { builtServerAndBrowser } from "./fixtures/suite";
import { type Transfer, transfer } from "./fixtures/transfers";

const running = builtServerAndBrowser();

const scriptOrStyle = (t: Transfer) => /^\/assets\/.+\.(?:js|css)$/.test(t.path);
const sum = (ts: Transfer[]) => ts.reduce((total, t) => total + t.bytes, 0);

describe("the client's files on the wire", () => {
  it("fetches each file once, compressed, on a first visit, next to nothing on the second", async () => {
    const context = await running.browser.newContext();
    const pending: Promise<Transfer>[] = [];
    context.on("requestfinished", (request) => pending.push(transfer(request)));
    const page = await context.newPage();

    await page.goto(running.server.url);
    await page.getByRole("heading", { name: "Roundtable" }).waitFor();
    // The service worker precaches the rest of the app (for offline reloads) as it installs.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const first = (await Promise.all(pending.splice(0))).filter((t) => t.bytes > 0);
    const firstAssets = first.filter(scriptOrStyle);
    const counts = new Map<string, number>();
    for (const t of firstAssets) counts.set(t.path, (counts.get(t.path) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([path]) => path);
    expect(twice, "files downloaded more than once on a first visit").toEqual([]);
    expect(firstAssets.length, "the start page's scripts and styles").toBeGreaterThan(1);
    expect(sum(firstAssets), "JS and CSS bytes of a first visit").toBeLessThan(250_000);
    // The start page itself never asks for the facilitator's chunk or the board's page.
    const byPage = firstAssets.filter((t) => !t.byWorker).map((t) => t.path);
    expect(byPage.filter((p) => /facilitatorTools|BoardPage|MeetingPage/.test(p))).toEqual([]);

    await page.reload();
    await page.getByRole("heading", { name: "Roundtable" }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const second = await Promise.all(pending.splice(0));
    expect(sum(second), `bytes of a second visit: ${JSON.stringify(second)}`).toBeLessThan(5_000);
    console.log(
      `first visit: ${sum(firstAssets)} bytes of JS and CSS in ${firstAssets.length} files` +
        ` (${sum(first)} in all); second visit: ${sum(second)} bytes`,
    );
    await context.close();
  });

  it("a board's link asks for the board's code at once, not after the start code, each file once", async () => {
    const board = await createBoardVia(running.server.url, "Preloads");
    const context = await running.browser.newContext();
    const asked: string[] = [];
    context.on("request", (request) => asked.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(board.joinUrl);
    await page.getByRole("textbox").first().waitFor();
    const timing = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((entry) => ({
        path: new URL(entry.name).pathname,
        startTime: entry.startTime,
        responseEnd: entry.responseEnd,
      })),
    );
    const start = timing.find((t) => /^\/assets\/index-.+\.js$/.test(t.path));
    const boardCode = timing.find((t) => /^\/assets\/BoardPage-.+\.js$/.test(t.path));
    if (!start || !boardCode)
      throw new Error(`no start or board code in ${JSON.stringify(timing)}`);
    expect(
      boardCode.startTime,
      "the board's code is asked for before the start code has even arrived",
    ).toBeLessThan(start.responseEnd);
    const assets = asked.filter((path) => path.startsWith("/assets/"));
    expect(
      assets.filter((path, at) => assets.indexOf(path) !== at),
      "files asked twice",
    ).toEqual([]);
    await context.close();
  });
});
