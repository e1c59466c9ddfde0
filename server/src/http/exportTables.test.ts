import { addNote, addStep, defineTerm } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const exportOf = (id: string, query: string) =>
  fetch(`${server.url}/api/boards/${id}/export?${query}`);

/** The body as text (TextDecoder drops the byte-order mark), after checking it has one. */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)], "a byte-order mark for Excel").toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

const fileName = (response: Response) =>
  /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "";

/** A board with a note, a step about it, a step of the whole board, and a glossary. */
async function boardWithSteps() {
  const board = await createBoardVia(server.url, "Spring roundtable");
  server.rooms.changeBoard(board.id, (doc) => {
    addNote(doc, { id: "coaches", lane: "p1", text: "Arts coaches" });
    addStep(doc, {
      text: "Call the district",
      owner: "Ada",
      due: "2026-04-01",
      measure: "A date for the visit",
      item: "coaches",
      createdAt: Date.UTC(2026, 2, 10, 23, 30),
      createdBy: "Ben",
      carriedFrom: "earlierBoard1",
    });
    addStep(doc, { text: "=Send minutes", done: true, createdAt: Date.UTC(2026, 2, 11) });
    defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
    defineTerm(doc, "PTA", { meaning: "", fine: true });
  });
  return board;
}

describe("GET /api/boards/:id/export?format=steps-csv|glossary-csv", () => {
  it("downloads the next steps as a CSV file of their own, times in the zone asked", async () => {
    const { id } = await boardWithSteps();
    const answer = await exportOf(id, `format=steps-csv&tz=${encodeURIComponent("Asia/Tokyo")}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fileName(answer)).toMatch(/^spring-roundtable-\d{4}-\d{2}-\d{2}-steps\.csv$/);
    const lines = (await csvText(answer)).split("\r\n");
    expect(lines[0]).toBe("item,text,owner,due,measure,done,created,created_by,carried_from");
    expect(lines).toContain(
      "Arts coaches,Call the district,Ada,2026-04-01,A date for the visit,false," +
        "2026-03-11T08:30:00.000+09:00,Ben,earlierBoard1",
    );
    // A formula is neutralised as in the notes' CSV.
    expect(lines).toContain(`,"'=Send minutes",,,,true,2026-03-11T09:00:00.000+09:00,,`);
  });

  it("downloads the defined terms of the glossary as a CSV file of their own", async () => {
    const { id } = await boardWithSteps();
    const answer = await exportOf(id, "format=glossary-csv");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fileName(answer)).toMatch(/^spring-roundtable-\d{4}-\d{2}-\d{2}-glossary\.csv$/);
    const lines = (await csvText(answer)).split("\r\n").filter((line) => line !== "");
    expect(lines).toEqual(["term,meaning", "LCAP,Local Control and Accountability Plan"]);
  });

  it("keeps the notes' CSV as it was, and refuses a bad zone, language or format", async () => {
    const { id } = await boardWithSteps();
    const notes = await csvText(await exportOf(id, "format=csv"));
    expect(notes.split("\r\n")[0]).toBe("priority,cluster,text,votes,author,created");
    expect(notes).not.toContain("Call the district");

    const zone = await exportOf(id, "format=steps-csv&tz=Mars%2FOlympus");
    expect(zone.status).toBe(400);
    expect(await zone.json()).toMatchObject({ error: "unknown-time-zone" });
    expect((await exportOf(id, "format=glossary-csv&lang=xx")).status).toBe(400);
    const format = await exportOf(id, "format=steps-xlsx");
    expect(format.status).toBe(400);
    expect(await format.json()).toMatchObject({ error: "unknown-format" });
    expect((await exportOf("unknownboard1", "format=steps-csv")).status).toBe(404);
  });
});
