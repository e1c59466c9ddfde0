import { defaultLanesIn, type Language } from "@roundtable/shared";
import type { BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { postMeeting } from "../server/src/testing/meetings";
import { violations } from "./fixtures/axe";
import { asJsonExport, bigBoard, type CreatedBoard, importJson } from "./fixtures/bigBoard";
import type { BoardPage } from "./fixtures/boardPage";
import { takeSnapshot } from "./fixtures/exports";
import { createBoardIn, prefixIn, sayIn } from "./fixtures/language";
import { openPeople, type People } from "./fixtures/people";
import { scenarioSteps } from "./fixtures/steps";

// axe-core on every page and state as people see them, in English and in Spanish: notes of
// every colour (each has its own contrast), clusters, the facilitator's controls and a
// participant's board, each phase, each dialog, on a laptop, a phone and a projector. The
// Spanish pass finds every control by its Spanish name (the English name's message in the
// Spanish catalogue).

let people: People;

beforeAll(async () => {
  people = await openPeople();
});

afterAll(() => people?.close());

function auditIn(language: Language) {
  let board: CreatedBoard;
  const { step, check } = scenarioSteps();
  const person = (who: string, device: BrowserContextOptions) =>
    people.personOn(`${who} (${language})`, device, language);

  /** The facilitator, joined on a screen of its own (1280x720 unless `viewport` says otherwise). */
  async function facilitator(
    who: string,
    viewport = { width: 1280, height: 720 },
  ): Promise<BoardPage> {
    const fay = await person(who, { viewport });
    await fay.page.goto(board.facilitatorUrl);
    await fay.join("Fay");
    return fay;
  }

  step(
    "a board with notes of every colour and clusters",
    async () => {
      board = await createBoardIn(people.server.url, "Arts roundtable", language);
      // 36 notes, dealt the six colours in turn, and two clusters in each priority, in lanes
      // titled in the board's language.
      const titles = new Map(defaultLanesIn(language).map((lane) => [lane.id, lane.title]));
      const exported = asJsonExport(board.title, bigBoard([12, 6, 6, 6, 6], 2));
      const lanes = exported.lanes.map((lane) => ({
        ...lane,
        title: titles.get(lane.id) ?? lane.title,
      }));
      await importJson(people.server.url, board, { ...exported, lanes });
    },
    60_000,
  );

  check(
    "the facilitator's board at 1280x720 has no violation",
    async () => {
      const fay = await facilitator("Fay");
      await fay.shows(fay.button("Facilitator panel"), "the facilitator's controls");
      expect(await violations(fay)).toEqual([]);
    },
    60_000,
  );

  check(
    "the notes as a list has no violation",
    async () => {
      const fay = await facilitator("Fay reading the list");
      await fay.button("Notes as a list").click();
      const list = fay.page.getByRole("region", { name: fay.say("All notes by priority") });
      await fay.shows(list, "the notes as a list");
      expect(await violations(fay)).toEqual([]);
    },
    60_000,
  );

  check(
    "Large text on a projector has no violation",
    async () => {
      const fay = await facilitator("Fay with large text", { width: 1920, height: 1080 });
      await fay.button("Large text").click();
      await fay.shows(fay.page.locator(".board.large-text"), "the board in large text");
      expect(await violations(fay)).toEqual([]);
    },
    60_000,
  );

  check(
    "every control the Tab key reaches shows that it has the focus",
    async () => {
      const fay = await facilitator("Fay tabbing");
      const unseen: string[] = [];
      for (let press = 0; press < 60; press++) {
        await fay.page.keyboard.press("Tab");
        const seen = await fay.page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const outline =
            style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow !== "none";
          const name = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "";
          return { visible: outline || shadow, what: `${element.tagName} ${name.slice(0, 40)}` };
        });
        if (seen && !seen.visible) unseen.push(seen.what);
      }
      expect(unseen, "controls with no visible focus").toEqual([]);
    },
    60_000,
  );

  check("with reduced motion asked for, cards making room for a drag do not slide", async () => {
    const fay = await person("Fay, reduced motion", {
      viewport: { width: 1280, height: 720 },
      reducedMotion: "reduce",
    });
    await fay.page.goto(board.facilitatorUrl);
    await fay.join("Fay");
    // The drag library moves cards aside with an inline transition like this one.
    const duration = await fay.page
      .locator(".board .note")
      .first()
      .evaluate((card) => {
        (card as HTMLElement).style.transition = "transform 250ms ease";
        return getComputedStyle(card).transitionDuration;
      });
    expect(duration).toBe("0s");
  });

  check(
    "a participant's board on a phone has no violation",
    async () => {
      const pat = await person("Pat", {
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
      await pat.page.goto(board.joinUrl);
      await pat.join("Pat");
      await pat.shows(pat.lane("Unsorted"), "the Unsorted lane");
      expect(await violations(pat)).toEqual([]);
    },
    60_000,
  );

  check(
    "the meeting page, and its join codes shown, have no violation",
    async () => {
      const { status, json: meeting } = await postMeeting(people.server.url, {
        title: "Arts leadership roundtable",
        groups: ["Principals", "Teachers"],
        language,
      });
      expect(status).toBe(201);
      const fay = await person("Fay at the meeting", {
        viewport: { width: 1280, height: 720 },
      });
      await fay.page.goto(meeting.facilitatorUrl);
      await fay.shows(fay.button("Show join codes"), "the meeting page");
      expect(await violations(fay), "the meeting page").toEqual([]);
      await fay.button("Show join codes").click();
      await fay.shows(
        fay.page.getByRole("dialog", { name: prefixIn(fay.say, "Join at ") }),
        "the join codes",
      );
      expect(await violations(fay), "the join codes shown").toEqual([]);
    },
    60_000,
  );

  check(
    "the start page and the join prompt have no violation",
    async () => {
      const guest = await person("Guest", { viewport: { width: 1280, height: 720 } });
      await guest.page.goto(people.server.url);
      await guest.shows(guest.page.getByRole("heading", { name: "Roundtable" }), "the start page");
      expect(await violations(guest), "the start page").toEqual([]);
      await guest.page.goto(board.joinUrl);
      await guest.shows(guest.nameBox(), "the join prompt");
      expect(await violations(guest), "the join prompt").toEqual([]);
    },
    60_000,
  );

  check(
    "each dialog of the board, open, has no violation",
    async () => {
      const fay = await facilitator("Fay with dialogs");
      for (const [opener, role, name] of [
        ["Snapshots", "dialog", "Snapshots"],
        // The button is its name and, apart, how many notes wait: "Deleted notes (0)".
        [`${sayIn(language)("Deleted notes")} (0)`, "dialog", "Deleted notes"],
        ["Import notes…", "dialog", "Import meeting notes"],
        ["Change name", "dialog", "Change your name"],
        ["Next steps", "dialog", "Next steps"],
        ["Facilitator panel", "complementary", "Facilitator panel"],
      ] as const) {
        await fay.button(opener).click();
        const open = fay.page.getByRole(role, { name: fay.say(name), exact: true });
        await fay.shows(open, `the ${role} ${name}`);
        expect(await violations(fay), `the ${role} ${name}`).toEqual([]);
        await fay.page.keyboard.press("Escape");
        await fay.lacks(open, `the ${role} ${name} after Escape`);
      }
    },
    60_000,
  );

  check(
    "Review with votes revealed, the room's screen, a snapshot and the printable page have no violation",
    async () => {
      const fay = await facilitator("Fay in Review");
      for (let step = 0; step < 3; step++) await fay.button("Next phase").click();
      await fay.button("Reveal votes").click();
      await fay.shows(fay.button("Hide votes"), "votes revealed");
      expect(await violations(fay), "Review with votes revealed").toEqual([]);
      const snapshot = await takeSnapshot(fay, "After review");

      const room = await person("Projector", { viewport: { width: 1920, height: 1080 } });
      await room.page.goto(board.viewUrl);
      await room.shows(room.lane("Unsorted"), "the room's screen");
      expect(await violations(room), "the room's screen").toEqual([]);
      await room.page.goto(new URL(snapshot, people.server.url).toString());
      await room.shows(room.lane("Unsorted"), "the snapshot");
      expect(await violations(room), "the snapshot").toEqual([]);
      await room.page.goto(`${people.server.url}/b/${board.id}/print`);
      await room.shows(room.button("Print or save as PDF"), "the printable page");
      expect(await violations(room), "the printable page").toEqual([]);
    },
  );

  check(
    "a participant in each phase, with Move to… open, has no violation",
    async () => {
      const fay = await facilitator("Fay leading");
      const pat = await person("Pat in each phase", {
        viewport: { width: 1280, height: 720 },
      });
      await pat.page.goto(board.joinUrl);
      await pat.join("Pat");
      // Review (where the last check left the board), then back through Vote, Cluster and Write.
      for (const phase of ["Review", "Vote", "Cluster", "Write"]) {
        if (phase !== "Review") await fay.button("Previous phase").click();
        const current = pat.page
          .getByRole("list", { name: pat.say("Phases") })
          .locator("[aria-current='step']");
        await pat.shows(current.filter({ hasText: pat.say(phase) }), `the phase ${phase}`);
        expect(await violations(pat), `a participant in ${phase}`).toEqual([]);
      }
      await pat.page
        .getByRole("button", { name: prefixIn(pat.say, "Move to…: ") })
        .first()
        .click();
      await pat.shows(pat.page.getByRole("dialog"), "the Move to… dialog");
      expect(await violations(pat), "Move to… open").toEqual([]);
      await pat.page.keyboard.press("Escape");
    },
    60_000,
  );

  check(
    "the Export menu, the join code full screen and Present have no violation",
    async () => {
      const fay = await facilitator("Fay presenting", { width: 1920, height: 1080 });
      await fay.button("Export").click();
      await fay.shows(fay.page.getByRole("menu", { name: fay.say("Export") }), "the Export menu");
      expect(await violations(fay), "the Export menu").toEqual([]);
      await fay.page.keyboard.press("Escape");
      // The facilitator's invite strip is open from the start.
      await fay.button("Show join code").click();
      const code = fay.page.getByRole("dialog", { name: fay.say(`Join ${board.title}`) });
      await fay.shows(code, "the join code full screen");
      expect(await violations(fay), "the join code full screen").toEqual([]);
      await code.getByRole("button", { name: fay.say("Hide join code") }).click();
      await fay.button("Present").click();
      await fay.shows(fay.button("Stop presenting"), "the board presented");
      expect(await violations(fay), "Present").toEqual([]);
    },
    60_000,
  );

  check(
    "a snapshot compared with another has no violation",
    async () => {
      const fay = await facilitator("Fay comparing");
      const later = await takeSnapshot(fay, "Later that day");
      await fay.page.goto(new URL(later, people.server.url).toString());
      const compare = fay.page.getByRole("combobox", { name: fay.say("Compare with") });
      await fay.shows(compare, "the comparison's choice");
      const other = await compare
        .locator("option")
        .evaluateAll((options) =>
          options.map((o) => o.textContent ?? "").find((t) => t.startsWith("After review")),
        );
      if (!other) throw new Error("no snapshot After review to compare with");
      await compare.selectOption({ label: other });
      await fay.shows(
        fay.page.getByRole("region", { name: fay.say("New notes") }),
        "the comparison",
      );
      expect(await violations(fay), "the comparison").toEqual([]);
    },
    60_000,
  );
}

describe("accessibility of every page, in English", () => auditIn("en"));
describe("accessibility of every page, in Spanish", () => auditIn("es"));
