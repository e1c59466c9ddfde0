import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { download, parseCsv } from "./fixtures/exports";
import { seesPhase } from "./fixtures/facilitation";
import { joinWithCode, MeetingPage } from "./fixtures/meetingPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { shows } from "./fixtures/waits";

const GROUPS = ["Principals", "Teachers", "Parents"] as const;
const [PRINCIPALS, TEACHERS, PARENTS] = GROUPS;
const ARTS = "Longer arts blocks in the schedule";
const RESIDENCY = "Teaching artists in residence";
const SHOWCASE = "Parent night showcase";
const CAMP = "Summer arts camp";
/** Where each note ends up, and in which group. */
const NOTES = [
  { text: ARTS, group: PRINCIPALS, priority: "Priority one" },
  { text: RESIDENCY, group: PRINCIPALS, priority: "Priority two" },
  { text: SHOWCASE, group: TEACHERS, priority: "Priority one" },
  { text: CAMP, group: TEACHERS, priority: "Unsorted" },
] as const;
/** The quick update the meeting page promises: a note shows there within a second. */
const LIVE_MS = 1000;

let room: Room;
/** The facilitator, on the meeting page. */
let fran: BoardPage;
let meeting: MeetingPage;
/** Participants on their own laptops: Ada in Principals, Ben in Teachers. */
let ada: BoardPage;
let ben: BoardPage;

beforeAll(async () => {
  room = await openRoom(["Fran", "Ada", "Ben"], { acceptDownloads: true });
  fran = room.person("Fran");
  ada = room.person("Ada");
  ben = room.person("Ben");
  meeting = new MeetingPage(fran);
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

/** A note is written on a participant's board, then shows on the meeting page within a second. */
async function writesAndFranSees(
  who: BoardPage,
  group: string,
  lane: "Unsorted" | "Priority two",
  text: string,
) {
  await who.addNote(lane, text);
  await shows(
    meeting.latestNote(group, text),
    `"${text}" should be among the latest notes of ${group} within ${LIVE_MS} ms`,
    LIVE_MS,
  );
}

describe("a meeting of three groups, led from one page", () => {
  step("the facilitator creates a meeting with three groups from the start page", async () => {
    await meeting.create(room.server.url, "Spring arts planning", GROUPS);
    await meeting.allConnected(GROUPS);
    for (const group of GROUPS) {
      await meeting.seesCount(group, "Notes per priority", "Priority one", 0);
    }
  });

  check("an unknown join code is said clearly and the typed code stays", async () => {
    await ada.page.goto(room.server.url);
    const box = ada.page.getByRole("textbox", { name: "Join code", exact: true });
    await box.fill("ZZZ-ZZZ");
    await ada.button("Join group").click();
    await ada.shows(
      ada.page.getByRole("alert").filter({ hasText: "No group has the join code ZZZZZZ" }),
      "that no group has the code",
    );
    expect(await box.inputValue()).toBe("ZZZ-ZZZ");
  });

  step("two participants join two groups by typing their codes on the start page", async () => {
    const principals = await meeting.joinCode(PRINCIPALS);
    const teachers = await meeting.joinCode(TEACHERS);
    expect(principals).toMatch(/^[A-Z2-9]{6}$/);
    // People type codes as they hear them: lower case, in two halves.
    await joinWithCode(ada, room.server.url, principals.toLowerCase(), "Ada");
    await joinWithCode(ben, room.server.url, `${teachers.slice(0, 3)} ${teachers.slice(3)}`, "Ben");
    await ada.shows(ada.page.getByRole("heading", { name: new RegExp(PRINCIPALS) }), "her group");
    await ben.shows(ben.page.getByRole("heading", { name: new RegExp(TEACHERS) }), "his group");
  });

  step("notes reach the meeting page within a second, counted by priority and person", async () => {
    await writesAndFranSees(ada, PRINCIPALS, "Unsorted", ARTS);
    await meeting.seesCount(PRINCIPALS, "Notes per priority", "Unsorted", 1, LIVE_MS);
    await meeting.seesCount(PRINCIPALS, "Notes per person", "Ada", 1, LIVE_MS);
    await writesAndFranSees(ben, TEACHERS, "Unsorted", CAMP);
    await meeting.seesCount(TEACHERS, "Notes per person", "Ben", 1, LIVE_MS);
    await writesAndFranSees(ada, PRINCIPALS, "Priority two", RESIDENCY);
    await meeting.seesCount(PRINCIPALS, "Notes per priority", "Priority two", 1, LIVE_MS);
    await meeting.seesCount(PRINCIPALS, "Notes per person", "Ada", 2, LIVE_MS);
    await ben.addNote("Priority one", SHOWCASE);
    await meeting.seesCount(TEACHERS, "Notes per priority", "Priority one", 1, LIVE_MS);
    await meeting.seesCount(TEACHERS, "Notes per person", "Ben", 2, LIVE_MS);
    // Each group counts only its own notes.
    await meeting.seesCount(PARENTS, "Notes per priority", "Priority one", 0);
  });

  step("a note moved to Priority one on a board moves in the counts", async () => {
    await ada.moveNoteWithKeyboard(ARTS, 1);
    await ada.seesNote("Priority one", ARTS);
    await meeting.seesCount(PRINCIPALS, "Notes per priority", "Priority one", 1);
    await meeting.seesCount(PRINCIPALS, "Notes per priority", "Unsorted", 0);
  });

  step('"Set all groups to Vote" changes the phase on every board', async () => {
    await meeting.forAllGroups("Set all groups to Vote", /^Set to Vote: all 3 groups\.$/);
    await seesPhase(ada, "Vote");
    await seesPhase(ben, "Vote");
    for (const group of GROUPS) {
      await fran.shows(meeting.phaseOn(group, "Vote"), `the Vote phase on the card of ${group}`);
    }
  });

  step('"Lock all groups" locks every board', async () => {
    await meeting.forAllGroups("Lock all groups", /^Locked: all 3 groups\.$/);
    for (const who of [ada, ben]) {
      await who.shows(who.page.getByText("Board locked", { exact: true }), '"Board locked"');
      await who.lacks(who.button("Add note to Priority one"), '"Add note to Priority one"');
    }
    for (const group of GROUPS) {
      await fran.shows(
        meeting.card(group).getByText("Locked", { exact: true }),
        `"Locked" on the card of ${group}`,
      );
    }
  });

  check("a timer for all groups runs on every board until it is stopped", async () => {
    await fran.page.getByRole("spinbutton", { name: "Timer minutes", exact: true }).fill("3");
    await meeting.forAllGroups("Start timer for all groups", /^Timer of 3 min started/);
    for (const who of [ada, ben]) {
      await who.shows(who.page.getByRole("timer", { name: "Time left" }), "the countdown");
    }
    await fran.shows(
      fran.page.getByRole("timer", { name: `Time left in ${PARENTS}` }),
      "the countdown on a card",
    );
    await meeting.forAllGroups("Stop all timers", /^Timers stopped: all 3 groups\.$/);
    await ada.lacks(ada.page.getByRole("timer", { name: "Time left" }), "the countdown");
  });

  check("the combined CSV holds every note with its group and priority", async () => {
    const file = await download(fran, "Spreadsheet (.csv)", "Export results");
    const [header, ...rows] = parseCsv(file.text);
    expect(header?.slice(0, 4)).toEqual(["group", "priority", "cluster", "text"]);
    for (const note of NOTES) {
      const row = rows.find((cells) => cells[3] === note.text);
      expect(row, `a row for "${note.text}"`).toBeDefined();
      expect(row?.slice(0, 2), `"${note.text}": group and priority`).toEqual([
        note.group,
        note.priority,
      ]);
    }
  });

  check("the combined Markdown lists every note under its priority, then its group", async () => {
    const file = await download(fran, "Markdown (.md)", "Export results");
    expect(file.name).toMatch(/\.md$/);
    const priorities = file.text.split(/^## /m).slice(1);
    for (const note of NOTES) {
      const section = priorities.find((part) => part.startsWith(`${note.priority}\n`));
      expect(section, `a "## ${note.priority}" section`).toBeDefined();
      const group = section?.split(/^### /m).find((part) => part.startsWith(`${note.group}\n`));
      expect(group, `"### ${note.group}" under "## ${note.priority}"`).toContain(`- ${note.text}`);
    }
  });

  check("the join codes show full screen, each with a QR code to the group", async () => {
    const screen = await meeting.showJoinCodes();
    for (const group of GROUPS) {
      await fran.shows(
        screen.getByRole("img", { name: `QR code to join ${group}`, exact: true }),
        `the QR code of ${group}`,
      );
      const code = await meeting.joinCode(group);
      await fran.shows(screen.getByRole("link", { name: new RegExp(`/j/${code}$`) }), "its link");
    }
    await meeting.hideJoinCodes(screen);
  });

  step("a template change renames a lane on every board and every card", async () => {
    const renamed = "Quick wins";
    await meeting.applyTemplate({ "Second priority title": renamed }, 3);
    for (const who of [ada, ben]) {
      await who.shows(
        who.page.getByRole("region", { name: renamed, exact: true }),
        `the lane "${renamed}" on the open board`,
      );
      await who.lacks(who.page.getByRole("region", { name: "Priority two", exact: true }), "p2");
    }
    await ada.seesNote("Priority one", ARTS);
    await meeting.seesCount(PRINCIPALS, "Notes per priority", renamed, 1);
    await meeting.seesCount(TEACHERS, "Notes per priority", renamed, 0);
    await meeting.seesCount(PARENTS, "Notes per priority", renamed, 0);
  });
});
