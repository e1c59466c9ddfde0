import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { createBoardVia } from "../server/src/testing/clients";
import { postMeeting } from "../server/src/testing/meetings";
import { asJsonExport, bigBoard, type CreatedBoard, importJson } from "./fixtures/bigBoard";
import type { BoardPage } from "./fixtures/boardPage";
import { openPeople, type People } from "./fixtures/people";
import { scenarioSteps } from "./fixtures/steps";

// axe-core on the board as people see it: notes of every colour (each has its own contrast),
// clusters, the facilitator's controls and a participant's board, on a laptop and on a phone.

let people: People;
let board: CreatedBoard;

beforeAll(async () => {
  people = await openPeople();
});

afterAll(() => people?.close());

/** axe's findings on `person`'s page, as lines: rule, impact, and where. */
async function violations(person: BoardPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: person.page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(" ")} — ${node.failureSummary}`,
    ),
  );
}

const { step, check } = scenarioSteps();

describe("accessibility of the board", () => {
  step("a board with notes of every colour and clusters", async () => {
    board = await createBoardVia(people.server.url, "Arts roundtable");
    // 36 notes, dealt the six colours in turn, and two clusters in each priority.
    await importJson(
      people.server.url,
      board,
      asJsonExport(board.title, bigBoard([12, 6, 6, 6, 6], 2)),
    );
  });

  check("the facilitator's board at 1280x720 has no violation", async () => {
    const fay = await people.personOn("Fay", { viewport: { width: 1280, height: 720 } });
    await fay.page.goto(board.facilitatorUrl);
    await fay.join("Fay");
    await fay.shows(fay.button("Facilitator panel"), "the facilitator's controls");
    expect(await violations(fay)).toEqual([]);
  });

  check("a participant's board on a phone has no violation", async () => {
    const pat = await people.personOn("Pat", {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await pat.page.goto(board.joinUrl);
    await pat.join("Pat");
    await pat.shows(pat.lane("Unsorted"), "the Unsorted lane");
    expect(await violations(pat)).toEqual([]);
  });

  check("the meeting page, and its join codes shown, have no violation", async () => {
    const { status, json: meeting } = await postMeeting(people.server.url, {
      title: "Arts leadership roundtable",
      groups: ["Principals", "Teachers"],
    });
    expect(status).toBe(201);
    const fay = await people.personOn("Fay at the meeting", {
      viewport: { width: 1280, height: 720 },
    });
    await fay.page.goto(meeting.facilitatorUrl);
    await fay.shows(fay.button("Show join codes"), "the meeting page");
    expect(await violations(fay), "the meeting page").toEqual([]);
    await fay.button("Show join codes").click();
    await fay.shows(fay.page.getByRole("dialog", { name: /^Join at / }), "the join codes");
    expect(await violations(fay), "the join codes shown").toEqual([]);
  });
});
