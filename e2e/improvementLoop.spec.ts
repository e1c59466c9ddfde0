import { afterAll, beforeAll, describe, expect } from "vitest";
import { violations } from "./fixtures/axe";
import type { BoardPage } from "./fixtures/boardPage";
import { download } from "./fixtures/exports";
import { createBoardIn } from "./fixtures/language";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually, hides, shows } from "./fixtures/waits";

// The improvement loop from one meeting to the next: acronyms marked and defined, next steps
// added in Review, marked done, filtered and exported; the next board continues the first and
// shows what changed since; a third shows the series.

// Lines of the roundtable's May 2017 notes, under the priorities they were written under.
const LCAP = "organizing parents for LCAP and doing ILSP for parents";
const PTA = "better process to raise parent voice - PTA might be good start";
const ACOE = "ACOE has a family engagement network and we are not utilizing that";
const LAT = "LAT reviews revised plan and make next steps for vetting";
const LRT = "the LRT gives input in small groups on the LCAP timeline";
const DASHBOARD = "lack of info on arts in ca school dashboard";
const MAY_NOTES = [
  "May 2017 LRT Notes",
  "",
  "Priority one -",
  `  • ${LAT}`,
  `  • ${LRT}`,
  "Priority four -",
  `  • ${LCAP}`,
  `  • ${PTA}`,
  `  • ${ACOE}`,
  `  • ${DASHBOARD}`,
].join("\n");

const MEANING = "Local Control and Accountability Plan";
const SURVEY = "Draft the parent survey";
const CALL = "Call the family engagement network";

let room: Room;
/** The facilitator. */
let fay: BoardPage;
/** A participant. */
let lee: BoardPage;
let first: Awaited<ReturnType<typeof createBoardIn>>;
let secondUrl = "";
let clusterTitle = "";

beforeAll(async () => {
  room = await openRoom(["Fay", "Lee"], { acceptDownloads: true });
  fay = room.person("Fay");
  lee = room.person("Lee");
});

afterAll(() => room?.close());

const { step } = scenarioSteps();

function dialog(who: BoardPage, name: string) {
  return who.page.getByRole("dialog", { name, exact: true });
}

describe("from one meeting to the next", () => {
  step("the May 2017 notes are imported and their acronyms are marked", async () => {
    first = await createBoardIn(room.server.url, "Arts roundtable, May", "en");
    const imported = await fetch(`${room.server.url}/api/boards/${first.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${first.facilitatorKey}` },
      body: MAY_NOTES,
    });
    expect(imported.status).toBe(200);
    await fay.page.goto(first.facilitatorUrl);
    await fay.join("Fay");
    await lee.page.goto(first.joinUrl);
    await lee.join("Lee");
    for (const term of ["LAT", "LRT", "ILSP", "LCAP", "ACOE", "PTA"]) {
      await shows(
        fay.page.getByText(`Undefined acronym: ${term}`).first(),
        `the facilitator should see "Undefined acronym: ${term}"`,
      );
    }
    expect(await violations(fay), "a board with acronyms marked").toEqual([]);
  });

  step("defining LCAP shows its meaning on every note that uses it", async () => {
    await fay.button("Define LCAP").first().click();
    const define = dialog(fay, "Define LCAP");
    await shows(define, 'the dialog "Define LCAP"');
    expect(await violations(fay), "the Define dialog").toEqual([]);
    await define.getByRole("textbox", { name: "Meaning", exact: true }).fill(MEANING);
    await define.getByRole("button", { name: "Save", exact: true }).click();
    await hides(define, "the dialog should close after Save");
    await hides(fay.page.getByText("Undefined acronym: LCAP"), "LCAP no longer marked");
    for (const who of [fay, lee]) {
      const terms = who.page.locator(`abbr[title="${MEANING}"]`);
      await eventually(
        () => terms.count(),
        (n) => n === 2,
        `${who.who} should see LCAP's meaning on both notes that use it`,
      );
    }
  });

  step("in Review, next steps go on a cluster and a note, with who, when and how", async () => {
    await lee.moveToWithKeyboard(ACOE, `Group with: ${PTA}`);
    // A new cluster is titled with the first words of the note it was made on.
    const group = fay
      .lane("Priority four")
      .getByRole("group", { name: /^Cluster: better process/ });
    await shows(group, "the new cluster");
    clusterTitle = ((await group.getAttribute("aria-label")) ?? "").replace(/^Cluster: /, "");
    for (let i = 0; i < 3; i++) await fay.button("Next phase").click();
    await shows(lee.button(`Add next step: ${LCAP}`), "Lee's step button in Review");
    await addStep(lee, LCAP, {
      what: SURVEY,
      who: "Lee",
      when: "2020-01-15",
      how: "Sent to every school",
    });
    await addStep(fay, `Cluster: ${clusterTitle}`, {
      what: CALL,
      who: "Fay",
      when: "2099-05-01",
      how: "A date for a joint meeting",
    });
    await shows(
      fay.page.getByRole("checkbox", { name: `Done: ${SURVEY}` }).first(),
      "the step on the note",
    );
  });

  step("a step is marked done, and the panel filters by state", async () => {
    await lee.page
      .getByRole("checkbox", { name: `Done: ${SURVEY}` })
      .first()
      .check();
    await fay.button("Next steps").click();
    const panel = dialog(fay, "Next steps");
    await shows(panel, 'the panel "Next steps"');
    expect(await violations(fay), "the Next steps panel with steps").toEqual([]);
    const show = panel.getByRole("combobox", { name: "Show", exact: true });
    await show.selectOption({ index: 2 }); // Done
    await shows(panel.getByText(SURVEY, { exact: true }), "the done step under Done");
    await hides(panel.getByText(CALL, { exact: true }), "the open step hidden under Done");
    await show.selectOption({ index: 1 }); // Open
    await shows(panel.getByText(CALL, { exact: true }), "the open step under Open");
    await hides(panel.getByText(SURVEY, { exact: true }), "the done step hidden under Open");
    await fay.page.keyboard.press("Escape");
  });

  step("every export carries the steps and the glossary", async () => {
    const md = await download(fay, "Markdown (.md)");
    expect(md.text).toContain("## Next steps");
    expect(md.text).toContain(SURVEY);
    expect(md.text).toContain("## Glossary");
    expect(md.text).toContain(`- **LCAP**: ${MEANING}`);
    const json = JSON.parse((await download(fay, "JSON (.json)")).text) as {
      steps: { text: string; owner: string; due: string; done: boolean }[];
      glossary: { term: string; meaning: string }[];
    };
    expect(json.steps.map((s) => [s.text, s.owner, s.due, s.done]).sort()).toEqual([
      [CALL, "Fay", "2099-05-01", false],
      [SURVEY, "Lee", "2020-01-15", true],
    ]);
    expect(json.glossary).toEqual([{ term: "LCAP", meaning: MEANING }]);
    const csv = await fetch(`${room.server.url}/api/boards/${first.id}/export?format=steps-csv`);
    expect(await csv.text()).toContain(CALL);
  });

  step("the next board continues the first from the start page", async () => {
    await fay.page.goto(room.server.url);
    const card = fay.page.getByRole("region", { name: "New board", exact: true });
    await card
      .getByRole("textbox", { name: "Board title", exact: true })
      .fill("Arts roundtable, June");
    await card
      .getByRole("textbox", { name: "Continue from (link or id)", exact: true })
      .fill(first.joinUrl);
    await card
      .getByRole("checkbox", { name: "Bring the last result's notes into Unsorted to re-sort" })
      .check();
    await card.getByRole("button", { name: "New board", exact: true }).click();
    secondUrl = await eventually(
      async () => fay.page.url(),
      (url) => /\/b\/[A-Za-z0-9_-]+#key=.+/.test(url) && !url.includes(first.id),
      "Fay should reach the new board's facilitator link",
    );
    await fay.join("Fay");
    await fay.seesNote("Unsorted", LCAP);
    await fay.button("Next steps").click();
    const panel = dialog(fay, "Next steps");
    await shows(panel.getByText(CALL, { exact: true }), "the open step carried over");
    await hides(panel.getByText(SURVEY, { exact: true }), "the done step left behind");
    await shows(panel.getByText(/^Carried over · first set /).first(), "its first-set date");
    await panel.getByRole("checkbox", { name: `Done: ${CALL}` }).check();
    await fay.page.keyboard.press("Escape");
  });

  step("Since last time shows a step done, a priority moved, one dropped and one new", async () => {
    await fay.moveToWithKeyboard(LCAP, "Priority one");
    await fay.seesNote("Priority one", LCAP);
    await fay.addNote("Priority two", "Arts on the school dashboard");
    await fay.button(`Delete note: ${DASHBOARD}`).click();
    await fay.button("Since last time").click();
    const view = dialog(fay, "Since last time");
    await shows(view, 'the view "Since last time"');
    await shows(view.getByText(LCAP).first(), "the comparison loaded");
    expect(await violations(fay), "Since last time").toEqual([]);
    for (const text of [CALL, LCAP, DASHBOARD, "Arts on the school dashboard"]) {
      await shows(view.getByText(text).first(), `"${text}" in Since last time`);
    }
    await shows(view.getByText("Moved up").first(), "the moved-up section");
    await shows(view.getByText("Dropped").first(), "the dropped section");
    await fay.page.keyboard.press("Escape");
    // The same answer for programs, each item in its place.
    const secondId = new URL(secondUrl).pathname.split("/").pop() ?? "";
    const progress = (await (
      await fetch(`${room.server.url}/api/boards/${secondId}/progress`)
    ).json()) as {
      continues: { id: string };
      steps: { done: { text: string }[]; open: unknown[] };
      priorities: {
        new: { text: string }[];
        moved: { text: string; direction: string }[];
        dropped: { text: string }[];
      };
    };
    expect(progress.continues.id).toBe(first.id);
    expect(progress.steps.done.map((s) => s.text)).toEqual([CALL]);
    expect(progress.priorities.moved).toContainEqual(
      expect.objectContaining({ text: LCAP, direction: "up" }),
    );
    expect(progress.priorities.dropped.map((d) => d.text)).toContain(DASHBOARD);
    expect(progress.priorities.new.map((n) => n.text)).toContain("Arts on the school dashboard");
  });

  step("a third board shows the series of three meetings", async () => {
    const secondId = new URL(secondUrl).pathname.split("/").pop() ?? "";
    const third = await fetch(`${room.server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Arts roundtable, July", continues: secondId }),
    });
    expect(third.status).toBe(201);
    const created = (await third.json()) as { facilitatorUrl: string };
    await fay.page.goto(created.facilitatorUrl);
    await fay.join("Fay");
    await fay.button("Since last time").click();
    const table = dialog(fay, "Since last time").getByRole("table");
    await shows(table, "the series table");
    expect(await violations(fay), "the series").toEqual([]);
    await eventually(
      () => table.getByRole("row").count(),
      (rows) => rows === 4,
      "the series should hold a header row and three meetings",
    );
  });
});

async function addStep(
  who: BoardPage,
  item: string,
  step: { what: string; who: string; when: string; how: string },
) {
  await who.button(`Add next step: ${item}`).click();
  const form = who.page.getByRole("dialog", { name: "Add next step" });
  await shows(form, 'the "Add next step" form');
  expect(await violations(who), "the Add next step form").toEqual([]);
  await form.getByRole("textbox", { name: "What", exact: true }).fill(step.what);
  await form.getByRole("combobox", { name: "Who", exact: true }).fill(step.who);
  await form.getByLabel("By when", { exact: true }).fill(step.when);
  await form.getByRole("textbox", { name: "How we'll know", exact: true }).fill(step.how);
  await form.getByRole("button", { name: "Add step", exact: true }).click();
  await hides(form, "the form should close after Add step");
}
