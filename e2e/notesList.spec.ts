import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { hides, shows } from "./fixtures/waits";

// The notes as one list, by priority: what a screen reader user goes through instead of the
// lanes. Each lane a heading, each cluster a list item holding its notes, each note with its
// author and votes, and voting from the list.

const ARTS = "Arts in every school";
const RESIDENCY = "Teaching artists in residence";
const CAMP = "Summer arts camp";

let room: Room;
/** The facilitator. */
let fay: BoardPage;
/** A participant, who reads the board as a list. */
let lee: BoardPage;

beforeAll(async () => {
  room = await openRoom(["Fay", "Lee"]);
  fay = room.person("Fay");
  lee = room.person("Lee");
});

afterAll(() => room?.close());

const { step } = scenarioSteps();

function list(who: BoardPage) {
  return who.page.getByRole("region", { name: "All notes by priority", exact: true });
}

describe("the notes as a list", () => {
  step("a board with a cluster in Priority one and a note left unsorted", async () => {
    const joinUrl = await fay.startBoard(room.server.url, "Fay");
    await lee.page.goto(joinUrl);
    await lee.join("Lee");
    await lee.addNote("Priority one", ARTS);
    await lee.addNote("Priority one", RESIDENCY);
    await fay.addNote("Unsorted", CAMP);
    await lee.moveToWithKeyboard(RESIDENCY, `Group with: ${ARTS}`);
    await fay.seesCluster("Priority one", ARTS, [ARTS, RESIDENCY]);
  });

  step("the toggle shows every lane as a heading, its notes as lists, with authors", async () => {
    const toggle = lee.button("Notes as a list");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await lee.shows(list(lee), "the list of all notes");
    await hides(lee.button("Add note to Unsorted"), "the lanes give way to the list");
    const headings = await list(lee).getByRole("heading", { level: 3 }).allTextContents();
    expect(headings).toEqual([
      "Unsorted",
      "Priority one",
      "Priority two",
      "Priority three",
      "Priority four",
    ]);
    const lane = (title: string) =>
      list(lee)
        .locator("section")
        .filter({ has: lee.page.getByRole("heading", { name: title, exact: true }) });
    const priorityOne = lane("Priority one");
    await shows(priorityOne.getByText("2 notes", { exact: true }), "the lane's count");
    // The cluster is a list item whose own list holds its two notes, each with its author.
    const cluster = priorityOne.getByRole("listitem").filter({ hasText: `Cluster: ${ARTS}` });
    const notes = cluster.getByRole("list").getByRole("listitem");
    expect(await notes.count()).toBe(2);
    await shows(notes.filter({ hasText: RESIDENCY }).getByText("by Lee"), "the author");
    const unsorted = lane("Unsorted");
    await shows(unsorted.getByRole("listitem").filter({ hasText: "by Fay" }), "Fay's note");
  });

  step("in Vote she votes from the list, and the revealed totals show there", async () => {
    await fay.button("Next phase").click();
    await fay.button("Next phase").click();
    await lee.button(`Vote for: Cluster: ${ARTS}`).click();
    await lee.button(`Vote for: ${CAMP}`).click();
    await fay.button("Reveal votes").click();
    await shows(
      list(lee).getByRole("listitem").filter({ hasText: CAMP }).getByText("1 vote"),
      "the note's revealed total in the list",
    );
  });

  step("the toggle brings the lanes back, and the choice is remembered", async () => {
    await lee.page.reload();
    await lee.shows(list(lee), "the list again after a reload");
    await lee.button("Notes as a list").click();
    await lee.shows(lee.lane("Priority one"), "the lanes again");
  });
});
