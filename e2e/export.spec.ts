import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import {
  download,
  exportMenu,
  importPasted,
  menuItem,
  openPrintablePage,
  PNG_SIGNATURE,
  parseCsv,
  takeSnapshot,
} from "./fixtures/exports";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { hides, shows } from "./fixtures/waits";

const ARTS = "Arts in every school";
const ARTISTS = "Teaching artists";
const TRICKY = 'Music, dance and "theatre"\nfor every grade';
const FORMULA = "=1+1 more kilns";
const MOVED = "Summer arts camp";
const NOTES = [ARTS, ARTISTS, TRICKY, FORMULA, MOVED];

const MEETING_NOTES = `Spring arts leadership roundtable

We met in the library. Everyone agreed to keep last year's list short.

Priority one -
  • Band instruments repaired before May
  • A shared calendar of performances

Priority three -
  • Visiting poets in middle schools

Thanks to everyone for coming.
`;
const IMPORTED = ["Band instruments repaired before May", "Visiting poets in middle schools"];

let room: Room;
/** The facilitator. */
let ada: BoardPage;
/** A participant, on another laptop. */
let ben: BoardPage;
let firstSnapshot = "";

beforeAll(async () => {
  room = await openRoom(["Ada", "Ben"], { acceptDownloads: true });
  ada = room.person("Ada");
  ben = room.person("Ben");
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

describe("export, import and snapshots", () => {
  step("two people write notes in several priorities, two of them in a cluster", async () => {
    const joinUrl = await ada.startBoard(room.server.url, "Ada");
    await ben.page.goto(joinUrl);
    await ben.join("Ben");
    await ada.addNote("Priority one", ARTS);
    await ada.addNote("Priority one", ARTISTS);
    await ben.addNote("Priority two", TRICKY);
    await ben.addNote("Priority two", MOVED);
    await ben.addNote("Priority three", FORMULA);
    await ada.moveToWithKeyboard(ARTISTS, `Group with: ${ARTS}`);
    await ben.seesCluster("Priority one", ARTS, [ARTS, ARTISTS]);
  });

  check("the Export menu works from the keyboard and Escape gives the focus back", async () => {
    const opener = ben.button("Export");
    await opener.focus();
    await ben.page.keyboard.press("Enter");
    const focused = ben.page.locator(":focus");
    await ben.shows(menuItem(ben, "Markdown (.md)").and(focused), "the first item focused");
    await ben.page.keyboard.press("ArrowUp");
    await ben.shows(menuItem(ben, "Picture (.png)").and(focused), "the last item after ArrowUp");
    await ben.page.keyboard.press("Escape");
    await hides(exportMenu(ben), "Escape should close Ben's Export menu");
    await ben.shows(opener.and(focused), 'the focus back on "Export"');
  });

  check("only the facilitator's menu says the files carry the hidden totals", async () => {
    await ada.button("Export").click();
    await ada.shows(
      ada.page.getByText(/include the vote totals, even while they are hidden/),
      "the hint",
    );
    await ada.page.keyboard.press("Escape");
    await ben.button("Export").click();
    await ben.shows(
      ben.page.getByText(/once the facilitator reveals them/),
      "the hint for everyone",
    );
    await ben.page.keyboard.press("Escape");
  });

  check(
    "the Markdown file holds every note under its priority, in the browser's time zone",
    async () => {
      const file = await download(ben, "Markdown (.md)");
      expect(file.name).toMatch(/\.md$/);
      expect(file.text).toContain("Priority one");
      expect(file.text).toContain(ARTS);
      expect(file.text).toContain("more kilns");
      expect(file.text).not.toContain("<!--");
      const zone = await ben.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(file.text).toContain(` ${zone}_\n`);
      // The priorities come first, Unsorted last.
      expect(file.text.indexOf("## Unsorted")).toBeGreaterThan(
        file.text.indexOf("## Priority four"),
      );
    },
  );

  check("the CSV parses: one row per note, the formula neutralised", async () => {
    const file = await download(ben, "Spreadsheet (.csv)");
    expect(file.name).toMatch(/\.csv$/);
    const [header, ...rows] = parseCsv(file.text);
    expect(header).toEqual(["priority", "cluster", "text", "votes", "author", "created"]);
    expect(rows).toHaveLength(NOTES.length);
    const texts = rows.map((row) => row[2]);
    // The multi-line note stays one row, line break and quotes included.
    expect(texts).toContain(TRICKY);
    expect(texts).toContain(`'${FORMULA}`);
    const clustered = rows.find((row) => row[2] === ARTISTS);
    expect(clustered?.slice(0, 2)).toEqual(["Priority one", ARTS]);
  });

  check("the JSON file parses with its schema version and every lane", async () => {
    const file = await download(ada, "JSON (.json)");
    expect(file.name).toMatch(/\.json$/);
    const snapshot = JSON.parse(file.text);
    expect(snapshot.schemaVersion).toBe(1);
    // The room's order: the priorities first, Unsorted last.
    expect(snapshot.lanes.map((lane: { title: string }) => lane.title)).toEqual([
      "Priority one",
      "Priority two",
      "Priority three",
      "Priority four",
      "Unsorted",
    ]);
    const p1 = snapshot.lanes[0];
    expect(p1.clusters[0].notes.map((note: { text: string }) => note.text)).toEqual([
      ARTS,
      ARTISTS,
    ]);
  });

  check("the picture is a PNG of the board", async () => {
    const file = await download(ada, "Picture (.png)");
    expect(file.name).toBe("Untitled board.png");
    expect(file.bytes.length).toBeGreaterThan(1000);
    expect(file.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  step("the printable page shows every note and prints without its button", async () => {
    const tab = await openPrintablePage(ben);
    for (const lane of ["Priority one", "Priority two", "Priority three", "Priority four"]) {
      await shows(tab.getByRole("heading", { name: lane, exact: true }), `the heading ${lane}`);
    }
    // Notes are list items; a cluster's title (a heading) may repeat its first note's words.
    const note = (text: string) => tab.getByRole("listitem").getByText(text, { exact: true });
    for (const text of NOTES) await shows(note(text), `"${text}" on the printable page`);
    await tab.emulateMedia({ media: "print" });
    await hides(
      tab.getByRole("button", { name: "Print or save as PDF" }),
      "the print button should not be printed",
    );
    const breakInside = await note(ARTS).evaluate(
      (node) => getComputedStyle(node.closest("li") ?? node).breakInside,
    );
    expect(breakInside, "a note is not split across pages").toBe("avoid");
    await tab.close();
  });

  step("the facilitator imports meeting notes and the participant sees them live", async () => {
    const summary = await importPasted(ada, MEETING_NOTES);
    expect(summary).toMatch(/^Added 3 notes in 2 priorities; \d+ lines? (was|were) not/);
    await ada.shows(ada.page.getByText(/^Line 3: We met in the library/), "the skipped prose");
    await ada.page.keyboard.press("Escape");
    await ben.seesNote("Priority one", IMPORTED[0] as string);
    await ben.seesNote("Priority three", IMPORTED[1] as string);
  });

  step("snapshots before and after a note moves to another priority", async () => {
    firstSnapshot = await takeSnapshot(ada, "After small groups");
    await ben.moveToWithKeyboard(MOVED, "Priority four");
    await ada.seesNote("Priority four", MOVED);
    await takeSnapshot(ada, "End of meeting");
  });

  step("the first snapshot opens read-only at its link", async () => {
    await ben.page.goto(firstSnapshot);
    const page = ben.page;
    await ben.shows(
      page.getByRole("heading", { level: 1, name: /— After small groups$/ }),
      "the snapshot's title",
    );
    await ben.seesNote("Priority two", MOVED);
    await ben.seesCluster("Priority one", ARTS, [ARTS, ARTISTS]);
    expect(await page.getByRole("button", { name: /^Add note to / }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^(Move|Edit|Delete)/ }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
  });

  step("comparing it with the end of the meeting shows the moved note", async () => {
    const page = ben.page;
    await page.getByRole("combobox", { name: "Compare with" }).selectOption({
      label: await optionLabel(page, "End of meeting"),
    });
    const moved = page.getByRole("region", { name: "Moved between priorities" });
    await ben.shows(
      moved.getByText(`${MOVED}: Priority two → Priority four`, { exact: true }),
      "the note's move from Priority two to Priority four",
    );
  });
});

/** The full label of the option that starts with `name` (it ends with the time taken). */
async function optionLabel(page: Page, name: string): Promise<string> {
  const labels = await page.getByRole("option").allTextContents();
  const label = labels.find((text) => text.startsWith(name));
  if (!label) throw new Error(`no snapshot "${name}" to compare with; options: ${labels}`);
  return label;
}
