import { afterAll, beforeAll, describe, expect } from "vitest";
import type { BoardPage } from "./fixtures/boardPage";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

let room: Room;
let ada: BoardPage;
let ben: BoardPage;
let boardId = "";
let joinUrl = "";

beforeAll(async () => {
  room = await openRoom(["Ada", "Ben", "Cleo"]);
  ada = room.person("Ada");
  ben = room.person("Ben");
});
afterAll(async () => {
  await room?.close();
});

const { step } = scenarioSteps();

describe("credentials the server does not accept", () => {
  step("a facilitator opens a board and a participant joins", async () => {
    const facilitatorUrl = await ada.startBoard(room.server.url, "Ada");
    const { origin, pathname } = new URL(facilitatorUrl);
    joinUrl = `${origin}${pathname}`;
    boardId = pathname.split("/").pop() ?? "";
    await ben.page.goto(joinUrl);
    await ben.join("Ben");
  });

  step("a participant whose token the server no longer knows joins again by itself", async () => {
    // As if the server's records had been reset: the saved token is one it never issued.
    await ben.page.evaluate((id) => {
      const key = `roundtable:registration:${id}`;
      const saved = JSON.parse(localStorage.getItem(key) ?? "{}") as { participantId?: string };
      localStorage.setItem(
        key,
        JSON.stringify({ ...saved, token: `${saved.participantId}.forged` }),
      );
    }, boardId);
    await ben.page.reload();
    await eventually(
      () => ben.statusText(),
      (status) => /(^|\s)Connected\b/.test(status),
      "Ben should be connected again after joining anew",
    );
    await ben.addNote("Priority one", "Written after joining again");
    await ada.seesNote("Priority one", "Written after joining again");
    const token = await ben.page.evaluate(
      (id) => JSON.parse(localStorage.getItem(`roundtable:registration:${id}`) ?? "{}").token,
      boardId,
    );
    expect(token, "a fresh token replaced the forged one").not.toMatch(/\.forged$/);
  });

  step("a facilitator link with a wrong key says so instead of retrying forever", async () => {
    // Well formed, but not this board's key (a key from another board, or mistyped).
    await ben.page.goto(`${joinUrl}#key=${"k".repeat(43)}`);
    await ben.page.reload();
    await eventually(
      () => ben.statusText().catch(() => ""),
      (status) => status.includes("This facilitator link does not fit the board"),
      "Ben should be told the facilitator link does not fit",
    );
  });

  step(
    "on a laptop that never opened the board, the wrong key is explained, not 'Opening…'",
    async () => {
      const fresh = room.person("Cleo");
      await fresh.page.goto(`${joinUrl}#key=${"k".repeat(43)}`);
      await fresh.nameBox().fill("Cleo");
      await fresh.button("Join").click();
      const alert = fresh.page
        .getByRole("alert")
        .filter({ hasText: "This facilitator link does not fit" });
      await fresh.shows(alert, "an alert that the facilitator link does not fit");
      await fresh.shows(
        fresh.page.getByRole("link", { name: "Open the board as a participant" }),
        "a way on as a participant",
      );
    },
  );
});
