import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { openRoom, type Room } from "./fixtures/room";
import { scenarioSteps } from "./fixtures/steps";
import { eventually, hides, shows } from "./fixtures/waits";

// The core of a meeting by two people whose browsers ask for Spanish: every control is found
// by its Spanish name, written here as a Spanish reader sees it, not looked up.

const IDEA = "Más arte en cada escuela";

let room: Room;
/** The facilitator and a participant, each on a laptop whose browser speaks Spanish. */
let fran: Page;
let ana: Page;
let joinUrl: string;

beforeAll(async () => {
  room = await openRoom(["Fran", "Ana"], { locale: "es-MX", acceptDownloads: true });
  fran = room.person("Fran").page;
  ana = room.person("Ana").page;
});

afterAll(() => room?.close());

const { step, check } = scenarioSteps();

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const lane = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function joinAs(page: Page, name: string) {
  const box = page.getByRole("textbox", { name: "Su nombre", exact: true });
  await shows(box, 'the name prompt "Su nombre"');
  await box.fill(name);
  await button(page, "Unirse").click();
  await hides(box, `the name prompt should close after "Unirse"`);
}

describe("a meeting in Spanish", () => {
  step("the start page speaks Spanish and creates a board with Spanish lanes", async () => {
    await fran.goto(room.server.url);
    await shows(fran.getByRole("heading", { name: "Tablero nuevo" }), 'the card "Tablero nuevo"');
    expect(await fran.evaluate(() => document.documentElement.lang)).toBe("es");
    await fran
      .getByRole("textbox", { name: "Título del tablero", exact: true })
      .fill("Mesa redonda");
    await button(fran, "Crear tablero").click();
    const facilitatorUrl = await eventually(
      async () => fran.url(),
      (url) => /\/b\/[A-Za-z0-9_-]+#key=.+/.test(url),
      "Fran should reach the facilitator link after «Crear tablero»",
    );
    await joinAs(fran, "Fran");
    for (const title of ["Sin ordenar", "Prioridad uno", "Prioridad dos", "Prioridad tres"]) {
      await shows(lane(fran, title), `the lane «${title}»`);
    }
    const { origin, pathname } = new URL(facilitatorUrl);
    joinUrl = `${origin}${pathname}`;
  });

  step("a participant joins and writes a note", async () => {
    await ana.goto(joinUrl);
    await joinAs(ana, "Ana");
    await button(ana, "Agregar nota a Sin ordenar").click();
    const editor = ana.getByRole("textbox", { name: "Texto de la nota", exact: true });
    await shows(editor.and(ana.locator(":focus")), "the focused note editor");
    await ana.keyboard.type(IDEA);
    await ana.keyboard.press("Escape");
    await shows(
      lane(fran, "Sin ordenar").getByText(IDEA, { exact: true }),
      "the note on Fran's board",
    );
  });

  step("she moves it to Prioridad uno with «Mover a…»", async () => {
    await button(ana, `Mover a…: ${IDEA}`).click();
    const dialog = ana.getByRole("dialog");
    await shows(dialog, "the «Mover a…» dialog");
    await dialog.getByRole("button", { name: "Prioridad uno", exact: true }).click();
    await hides(dialog, "the dialog should close after choosing");
    await shows(lane(fran, "Prioridad uno").getByText(IDEA, { exact: true }), "the note moved");
  });

  step("the facilitator opens the vote and she votes", async () => {
    await button(fran, "Fase siguiente").click();
    await button(fran, "Fase siguiente").click();
    await button(ana, `Votar por: ${IDEA}`).click();
    await shows(ana.getByText("1 voto mío"), "her vote on the card");
  });

  step("the facilitator reveals the votes and exports the board in Spanish", async () => {
    await button(fran, "Mostrar los votos").click();
    await shows(
      lane(ana, "Prioridad uno").getByText("1 voto", { exact: true }),
      "the total on Ana's board",
    );
    await button(fran, "Exportar").click();
    const menu = fran.getByRole("menu", { name: "Exportar", exact: true });
    await shows(menu, "the «Exportar» menu");
    const arriving = fran.waitForEvent("download", { timeout: 15_000 });
    await menu.getByRole("menuitem", { name: "Markdown (.md)", exact: true }).click();
    const file = await arriving;
    const text = await readFile(await file.path(), "utf8");
    expect(text).toMatch(/^# Mesa redonda\n\n_Exportado el /);
    expect(text).toContain(`## Prioridad uno\n\n_Lo primero_\n\n- ${IDEA} (1 voto)\n`);
  });

  check("the Language menu switches to English at once and the choice is remembered", async () => {
    await button(ana, "Idioma").click();
    await ana.getByRole("menuitemradio", { name: "English", exact: true }).click();
    await shows(button(ana, "Add note to Sin ordenar"), "the board in English, lanes as titled");
    await ana.reload();
    await shows(button(ana, "Add note to Sin ordenar"), "English again after a reload");
    expect(await ana.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});
