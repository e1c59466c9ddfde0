import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";

// Note text in any script: a parent writes in Arabic, another in Hebrew beside English, and
// each note reads in its own direction, on the board and in the exports, as it was written.
const ARABIC = "أين أولياء الأمور؟ LRT";
const HEBREW = "תוכנית אמנות לכל בית ספר";
const ENGLISH = "Arts for every school";

let room: Room;
let ada: BoardPage;
let boardId: string;

beforeAll(async () => {
  room = await openRoom(["Ada"]);
  ada = room.person("Ada");
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

/** The writing direction the browser gives the text of the note `text`. */
function directionOf(text: string) {
  return ada.note("Unsorted", text).evaluate((element) => ({
    dir: element.getAttribute("dir"),
    direction: getComputedStyle(element).direction,
  }));
}

describe("note text in any script", () => {
  step("notes are written in Arabic, Hebrew and English", async () => {
    const joinUrl = await ada.startBoard(room.server.url, "Ada");
    boardId = new URL(joinUrl).pathname.split("/")[2] ?? "";
    for (const text of [ARABIC, HEBREW, ENGLISH]) await ada.addNote("Unsorted", text);
  });

  check("each note reads in the direction of its own first letters", async () => {
    expect(await directionOf(ARABIC)).toEqual({ dir: "auto", direction: "rtl" });
    expect(await directionOf(HEBREW)).toEqual({ dir: "auto", direction: "rtl" });
    expect(await directionOf(ENGLISH)).toEqual({ dir: "auto", direction: "ltr" });
    const title = ada.page.getByRole("heading", { level: 2, name: "Unsorted", exact: true });
    expect(await title.getAttribute("dir"), "a lane's title takes its own direction").toBe("auto");
  });

  check("the exports keep every text as it was written", async () => {
    const base = `${room.server.url}/api/boards/${boardId}/export?format=`;
    // The JSON parsed and written again, so that any escaping of the server's is undone.
    const json = JSON.stringify(await (await fetch(`${base}json`)).json());
    for (const text of [ARABIC, HEBREW, ENGLISH]) expect(json, "json").toContain(text);
    for (const format of ["md", "csv"]) {
      const body = await (await fetch(`${base}${format}`)).text();
      for (const text of [ARABIC, HEBREW, ENGLISH]) expect(body, format).toContain(text);
    }
  });
});
