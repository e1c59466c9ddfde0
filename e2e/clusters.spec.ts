import { afterAll, beforeAll, describe } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

const BIKES = "Safe bike lanes";
const BUSES = "More night buses";
const PARKS = "Shade trees in parks";
const WATER = "Drinking fountains";
const MUSIC = "Music in the square";

let room: Room;
/** The facilitator. */
let ada: BoardPage;
/** A participant, in a separate browser context. */
let ben: BoardPage;

beforeAll(async () => {
  room = await openRoom(["Ada", "Ben"]);
  ada = room.person("Ada");
  ben = room.person("Ben");
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

describe("clusters", () => {
  step("two people open a board and the facilitator writes notes", async () => {
    const joinUrl = await ada.startBoard(room.server.url, "Ada");
    await ben.page.goto(joinUrl);
    await ben.join("Ben");
    for (const text of [BIKES, BUSES, PARKS, WATER]) await ada.addNote("Unsorted", text);
    await ben.seesNote("Unsorted", WATER);
  });

  step("dropping a note on another with the mouse makes a cluster, for everyone", async () => {
    await ada.dragNoteOntoNote(BUSES, BIKES);
    // Titled after the note it was dropped on, which comes first.
    await ada.seesCluster("Unsorted", BIKES, [BIKES, BUSES]);
    await ben.seesCluster("Unsorted", BIKES, [BIKES, BUSES]);
    await eventually(
      () =>
        ben
          .cluster(BIKES)
          .getByRole("button", { name: /^Move note: / })
          .count(),
      (count) => count === 2,
      "Ben should see exactly 2 notes in the new cluster",
    );
  });

  step("the keyboard alone groups two notes through Move to…", async () => {
    await ben.moveToWithKeyboard(WATER, `Group with: ${PARKS}`);
    await ben.seesCluster("Unsorted", PARKS, [PARKS, WATER]);
    await ada.seesCluster("Unsorted", PARKS, [PARKS, WATER]);
    // Focus stays with the moved note, so the next key press carries on from there.
    await ben.shows(
      ben.button(`Move to…: ${WATER}`).and(ben.page.locator(":focus")),
      `the focus on "Move to…: ${WATER}" after the move`,
    );
  });

  step("Move to… takes a cluster with its notes to Priority two", async () => {
    await ben.moveToWithKeyboard(`Cluster: ${PARKS}`, "Priority two");
    await ben.seesCluster("Priority two", PARKS, [PARKS, WATER]);
    await ada.seesCluster("Priority two", PARKS, [PARKS, WATER]);
    await ada.lacks(ada.clustersIn("Unsorted").filter({ hasText: PARKS }), "it in Unsorted");
  });

  step("a note dropped on a cluster joins it", async () => {
    await ada.addNote("Priority one", MUSIC);
    await ada.dragNoteOntoNote(MUSIC, WATER);
    await ben.seesCluster("Priority two", PARKS, [PARKS, WATER, MUSIC]);
  });

  step("a note dragged out to empty lane space leaves its cluster", async () => {
    await ada.dragNoteWithMouse(MUSIC, "Priority four");
    await ben.seesNote("Priority four", MUSIC);
    await ben.seesCluster("Priority two", PARKS, [PARKS, WATER]);
    await ben.lacks(ben.noteInCluster(PARKS, MUSIC), `"${MUSIC}" in the cluster`);
  });

  step("a cluster dragged by its handle moves with its notes", async () => {
    await ada.dragClusterWithMouse(PARKS, "Priority three");
    await ada.seesCluster("Priority three", PARKS, [PARKS, WATER]);
    await ben.seesCluster("Priority three", PARKS, [PARKS, WATER]);
  });

  step("a cluster picked up with Space moves lanes with the arrow keys", async () => {
    await ben.moveClusterWithKeyboard(PARKS, -1);
    await ada.seesCluster("Priority two", PARKS, [PARKS, WATER]);
    await ben.seesCluster("Priority two", PARKS, [PARKS, WATER]);
  });

  step("a clustered note moved by keyboard to another lane leaves its cluster", async () => {
    await ben.moveNoteWithKeyboard(WATER, 1);
    await ada.seesNote("Priority three", WATER);
    await ada.seesCluster("Priority two", PARKS, [PARKS]);
    await ada.lacks(ada.noteInCluster(PARKS, WATER), `"${WATER}" in the cluster`);
  });

  step("renaming a cluster reaches the other person", async () => {
    await ada.renameCluster(BIKES, "Getting around");
    await ben.seesCluster("Unsorted", "Getting around", [BIKES, BUSES]);
  });

  step("Escape in the rename box keeps the title and gives the focus back", async () => {
    const rename = ada.button("Rename cluster: Getting around");
    await rename.click();
    const box = ada.page.getByRole("textbox", { name: "Rename cluster: Getting around" });
    await box.fill("Not this");
    await box.press("Escape");
    await ada.shows(rename.and(ada.page.locator(":focus")), 'the focus back on "Rename"');
    await ada.shows(ada.cluster("Getting around"), "the cluster still named Getting around");
    await ben.lacks(ben.cluster("Not this"), "a cluster named Not this");
  });

  step("Escape closes Move to… and gives the focus back", async () => {
    const opener = ada.button(`Move to…: ${BIKES}`);
    await opener.focus();
    await ada.page.keyboard.press("Enter");
    await ada.shows(ada.page.getByRole("dialog"), "the Move to… dialog");
    await ada.page.keyboard.press("Escape");
    await ada.lacks(ada.page.getByRole("dialog"), "the dialog after Escape");
    await ada.shows(opener.and(ada.page.locator(":focus")), `the focus back on "Move to…"`);
  });

  step("dissolving a cluster keeps its notes in the lane, and Undo brings it back", async () => {
    await ada.dissolveCluster("Getting around");
    // The panel is gone; the focus moves on to its first note rather than to the page.
    await ada.shows(
      ada.button(`Move to…: ${BIKES}`).and(ada.page.locator(":focus")),
      `the focus on "Move to…: ${BIKES}" after dissolving`,
    );
    for (const person of [ada, ben]) {
      await person.lacks(person.cluster("Getting around"), "the dissolved cluster");
      await person.seesNote("Unsorted", BIKES);
      await person.seesNote("Unsorted", BUSES);
    }
    await ada.button("Undo").click();
    await ben.seesCluster("Unsorted", "Getting around", [BIKES, BUSES]);
  });

  check("the lane counts still count every note", async () => {
    await eventually(
      () => ben.notesIn("Unsorted").count(),
      (count) => count === 2,
      "Ben should see 2 notes in Unsorted",
    );
  });
});
