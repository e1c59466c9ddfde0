import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { download, importPasted } from "./fixtures/exports";
import { seesPhase, totalOn } from "./fixtures/facilitation";
import { EXCERPT_NOTES, MEETING_NOTES_EXCERPT } from "./fixtures/meetingNotes";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import {
  closeDeletedNotes,
  deletedEntry,
  deletedNotesButton,
  openDeletedNotes,
  openSnapshots,
  restoreSnapshot,
} from "./fixtures/trash";
import { hides, shows } from "./fixtures/waits";

const ADA_NOTE = "Teaching artists in every school";
const ADA_OTHER = "Arts coaches";
const CY_NOTE = "Band instruments repaired";
const BEN_NOTE = "Summer arts camp";

let room: Room;
/** The facilitator. */
let fran: BoardPage;
let ada: BoardPage;
let ben: BoardPage;
let cy: BoardPage;
const everyone = () => [fran, ada, ben, cy];

beforeAll(async () => {
  room = await openRoom(["Fran", "Ada", "Ben", "Cy"], { acceptDownloads: true });
  fran = room.person("Fran");
  ada = room.person("Ada");
  ben = room.person("Ben");
  cy = room.person("Cy");
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

describe("deleted notes and restoring snapshots", () => {
  step("four people join; Ada's two notes form a cluster, Cy and Ben write one each", async () => {
    const joinUrl = await fran.startBoard(room.server.url, "Fran");
    for (const [who, name] of [
      [ada, "Ada"],
      [ben, "Ben"],
      [cy, "Cy"],
    ] as const) {
      await who.page.goto(joinUrl);
      await who.join(name);
    }
    await ada.addNote("Priority one", ADA_NOTE);
    await ada.addNote("Priority one", ADA_OTHER);
    await cy.addNote("Priority two", CY_NOTE);
    await ben.addNote("Priority three", BEN_NOTE);
    await ada.moveToWithKeyboard(ADA_OTHER, `Group with: ${ADA_NOTE}`);
    for (const who of everyone())
      await who.seesCluster("Priority one", ADA_NOTE, [ADA_NOTE, ADA_OTHER]);
  });

  step("Ben votes twice for Ada's note and the facilitator reveals the totals", async () => {
    await fran.button("Next phase").click();
    await fran.button("Next phase").click();
    for (const who of everyone()) await seesPhase(who, "Vote");
    await ben.button(`Vote for: ${ADA_NOTE}`).click();
    await ben.button(`Vote for: ${ADA_NOTE}`).click();
    await fran.button("Reveal votes").click();
    for (const who of everyone())
      await who.shows(totalOn(who, ADA_NOTE).getByText("2 votes"), `"2 votes" on Ada's note`);
  });

  step("Ben deletes Ada's note: it leaves every screen and waits in Deleted notes", async () => {
    await ben.button(`Delete note: ${ADA_NOTE}`).click();
    for (const who of everyone()) {
      await hides(who.noteAnywhere(ADA_NOTE), `${who.who} should no longer see Ada's note`);
      await who.shows(deletedNotesButton(who).getByText("(1)"), '"Deleted notes (1)"');
    }
    // Ben may not bring back what Ada wrote: he sees the entry, without a Restore button.
    await openDeletedNotes(ben);
    await ben.shows(deletedEntry(ben, ADA_NOTE), "Ada's note among the deleted notes");
    expect(await ben.button(`Restore note: ${ADA_NOTE}`).count()).toBe(0);
    await closeDeletedNotes(ben);
  });

  step("Ada reads 'Deleted by Ben' and restores her note with its cluster and votes", async () => {
    const box = await openDeletedNotes(ada);
    await ada.shows(deletedEntry(ada, ADA_NOTE).getByText(/^Deleted by Ben/), '"Deleted by Ben"');
    await ada.button(`Restore note: ${ADA_NOTE}`).click();
    await ada.shows(box.getByText("No deleted notes."), "an empty list after restoring");
    await ada.shows(
      box
        .getByRole("button", { name: "Close deleted notes", exact: true })
        .and(ada.page.locator(":focus")),
      "the focus on the dialog's Close once nothing is left to restore",
    );
    await closeDeletedNotes(ada);
    for (const who of everyone()) {
      await who.seesCluster("Priority one", ADA_NOTE, [ADA_NOTE, ADA_OTHER]);
      await who.shows(totalOn(who, ADA_NOTE).getByText("2 votes"), `"2 votes" back on Ada's note`);
      await who.shows(deletedNotesButton(who).getByText("(0)"), '"Deleted notes (0)"');
    }
  });

  step("the facilitator restores a note Ben deleted from Cy", async () => {
    await ben.button(`Delete note: ${CY_NOTE}`).click();
    await hides(cy.noteAnywhere(CY_NOTE), "Cy should no longer see the note");
    const box = await openDeletedNotes(fran);
    await fran.shows(deletedEntry(fran, CY_NOTE).getByText(/^Deleted by Ben/), '"Deleted by Ben"');
    await fran.button(`Restore note: ${CY_NOTE}`).click();
    await fran.shows(box.getByText("No deleted notes."), "an empty list");
    await closeDeletedNotes(fran);
    for (const who of everyone()) await who.seesNote("Priority two", CY_NOTE);
  });

  check("the export never holds a deleted note", async () => {
    await ben.button(`Delete note: ${BEN_NOTE}`).click();
    await hides(fran.noteAnywhere(BEN_NOTE), "Fran should no longer see Ben's note");
    for (const format of ["JSON (.json)", "Markdown (.md)", "Spreadsheet (.csv)"] as const) {
      const file = await download(fran, format);
      expect(file.text, `the ${format} export`).toContain(CY_NOTE);
      expect(file.text, `the ${format} export`).not.toContain(BEN_NOTE);
    }
  });

  step(
    "the facilitator imports meeting notes, then restores 'Before import': every screen is back",
    async () => {
      await importPasted(fran, MEETING_NOTES_EXCERPT);
      await fran.page.keyboard.press("Escape");
      for (const who of everyone())
        await who.shows(who.noteAnywhere(EXCERPT_NOTES[0] ?? ""), "the import");
      const box = await openSnapshots(fran);
      await restoreSnapshot(fran, box, /Before import \d\d:\d\d/);
      for (const who of everyone()) {
        for (const text of EXCERPT_NOTES) {
          await hides(who.noteAnywhere(text), `${who.who} should no longer see "${text}"`);
        }
        await who.seesCluster("Priority one", ADA_NOTE, [ADA_NOTE, ADA_OTHER]);
        await who.seesNote("Priority two", CY_NOTE);
      }
    },
    60_000,
  );

  step(
    "restoring 'Before restore' brings the import back on every screen",
    async () => {
      const box = fran.page.getByRole("dialog", { name: "Snapshots", exact: true });
      await shows(box, "the Snapshots dialog still open");
      await restoreSnapshot(fran, box, /Before restore \d\d:\d\d/);
      for (const who of everyone()) {
        for (const text of EXCERPT_NOTES) await who.shows(who.noteAnywhere(text), `"${text}"`);
        await who.seesCluster("Priority one", ADA_NOTE, [ADA_NOTE, ADA_OTHER]);
      }
    },
    60_000,
  );
});
