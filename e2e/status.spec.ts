import { afterAll, beforeAll, describe } from "vitest";
import { openRoom, type Room } from "./fixtures/room";
import { installSocketCutter, type SocketCutter } from "./fixtures/socketCutter";
import { scenarioSteps } from "./fixtures/steps";
import { eventually } from "./fixtures/waits";

let room: Room;
let benSockets: SocketCutter;
let joinUrl: string;

beforeAll(async () => {
  room = await openRoom(["Ada", "Ben"]);
  benSockets = await installSocketCutter(room.person("Ben").page.context());
});
afterAll(async () => {
  await room?.close();
});

const { step } = scenarioSteps();

describe("a connection status that tells the truth", () => {
  step("both join", async () => {
    joinUrl = await room.person("Ada").startBoard(room.server.url, "Ada");
    const ben = room.person("Ben");
    await ben.page.goto(joinUrl);
    await ben.join("Ben");
    await eventually(
      () => ben.statusText(),
      (status) => /^Connected/.test(status),
      "Ben should be connected",
    );
  });

  step("a socket that goes silent without closing shows within 5 s", async () => {
    const ben = room.person("Ben");
    benSockets.silence();
    await eventually(
      () => ben.statusText(),
      (status) => /Reconnecting|Offline/.test(status),
      'Ben\'s status should say "Reconnecting" or "Offline" within 5 s of the silence',
      5_000,
    );
  });

  step("one note written while away counts as one change, however many keys", async () => {
    const ben = room.person("Ben");
    await ben.addNote("Priority one", "Where are the parents?");
    await eventually(
      () => ben.statusText(),
      (status) => /\b1 change not yet saved/.test(status),
      'Ben\'s status should say "1 change not yet saved" for one note',
    );
    benSockets.restore();
    await ben.page.context().setOffline(false);
    await room.person("Ada").seesNote("Priority one", "Where are the parents?");
    await eventually(
      () => ben.statusText(),
      (status) => /^Connected/.test(status) && !/not yet saved/.test(status),
      "Ben's status should be Connected with nothing unsaved once back",
    );
  });
});
