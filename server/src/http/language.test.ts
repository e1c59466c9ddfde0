import { readBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { storedDoc } from "../testing/facilitation";
import { postMeeting } from "../testing/meetings";
import { useServerWithClients } from "../testing/serverWithClients";

// Boards and meetings created in Spanish, and exports and snapshot names in the `lang` asked for.

const h = useServerWithClients();

const api = (path: string, init: RequestInit = {}) => fetch(`${h.server.url}${path}`, init);

type Created = { id: string; title: string; facilitatorKey: string; viewUrl: string };
type Summary = { title: string; lanes: { id: string; title: string }[] };
type Problem = { error: string; message: string };

async function createBoard(body: unknown): Promise<Response> {
  return api("/api/boards", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function summary(boardId: string): Promise<Summary> {
  return (await (await api(`/api/boards/${boardId}`)).json()) as Summary;
}

/** The lanes a board was stored with: ids, titles and subtitles. */
function storedLanes(boardId: string) {
  return readBoard(storedDoc(h.server, boardId)).lanes.map(({ id, title, subtitle }) => ({
    id,
    title,
    subtitle,
  }));
}

const SPANISH_LANES = [
  { id: "inbox", title: "Sin ordenar", subtitle: "Aquí llegan las ideas nuevas" },
  { id: "p1", title: "Prioridad uno", subtitle: "Lo primero" },
  { id: "p2", title: "Prioridad dos", subtitle: "Lo siguiente" },
  { id: "p3", title: "Prioridad tres", subtitle: "Más adelante" },
  { id: "p4", title: "Prioridad cuatro", subtitle: "Algún día" },
];

/** Spanish minutes with vote counts, as a Spanish export writes them. */
const SPANISH_NOTES = [
  "## Prioridad uno",
  "",
  "- **Más arte** (2 votos)",
  "  - Arte en cada escuela (3 votos)",
  "- Voz de las familias (1 voto)",
  "- Lo acordamos \\(4 votos)",
].join("\n");

function importNotes(boardId: string, key: string, query = "") {
  return api(`/api/boards/${boardId}/import${query}`, {
    method: "POST",
    headers: { "content-type": "text/markdown", authorization: `Bearer ${key}` },
    body: SPANISH_NOTES,
  });
}

describe("POST /api/boards with a language", () => {
  it("names a Spanish board's default title and lanes in Spanish", async () => {
    const response = await createBoard({ language: "es" });
    expect(response.status).toBe(201);
    const board = (await response.json()) as Created;
    expect(board.title).toBe("Tablero sin título");
    const read = await summary(board.id);
    expect(read.title).toBe("Tablero sin título");
    expect(read.lanes.map((lane) => lane.title)).toEqual(SPANISH_LANES.map((l) => l.title));
    expect(storedLanes(board.id)).toEqual(SPANISH_LANES);
    const titled = (await (
      await createBoard({ title: "Mesa redonda", language: "es" })
    ).json()) as Created;
    expect((await summary(titled.id)).title).toBe("Mesa redonda");
  });

  it("keeps English without one, and for en", async () => {
    for (const body of [{}, { language: "en" }]) {
      const board = (await (await createBoard(body)).json()) as Created;
      expect(board.title).toBe("Untitled board");
      expect((await summary(board.id)).lanes.map((lane) => lane.title)).toEqual([
        "Unsorted",
        "Priority one",
        "Priority two",
        "Priority three",
        "Priority four",
      ]);
    }
  });

  it.each([["fr"], ["es-MX"], ["ES"], [5], [null]])(
    "refuses the language %j with 400 and says which there are",
    async (language) => {
      const response = await createBoard({ language });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "invalid-body",
        message: "language is one of en, es",
      });
    },
  );
});

describe("exports with lang", () => {
  it("writes a board's Markdown in Spanish and reads Spanish vote counts back", async () => {
    const board = (await (await createBoard({ language: "es", title: "Mesa" })).json()) as Created;
    const imported = await importNotes(board.id, board.facilitatorKey, "?lang=es");
    expect(imported.status).toBe(200);
    const answer = (await imported.json()) as { notes: number; before: { name: string } };
    expect(answer.notes).toBe(3);
    expect(answer.before.name).toMatch(/^Antes de importar \d\d:\d\d$/);

    const md = await api(
      `/api/boards/${board.id}/export?format=md&lang=es&tz=America%2FLos_Angeles`,
      {
        headers: { authorization: `Bearer ${board.facilitatorKey}` },
      },
    );
    expect(md.status).toBe(200);
    const text = await md.text();
    expect(text).toMatch(
      /^# Mesa\n\n_Exportado el \d{4}-\d\d-\d\d \d\d:\d\d America\/Los_Angeles_\n/,
    );
    expect(text).toContain(
      [
        "## Prioridad uno",
        "",
        "_Lo primero_",
        "",
        "- **Más arte** (2 votos)",
        "  - Arte en cada escuela (3 votos)",
        "- Voz de las familias (1 voto)",
        "- Lo acordamos \\(4 votos)",
        "",
        "## Prioridad dos",
      ].join("\n"),
    );
    expect(text).toContain("\n## Sin ordenar\n\n_Aquí llegan las ideas nuevas_\n");

    // English words for the same board without lang; CSV columns never change.
    const english = await (
      await api(`/api/boards/${board.id}/export?format=md`, {
        headers: { authorization: `Bearer ${board.facilitatorKey}` },
      })
    ).text();
    expect(english).toContain("\n_Exported ");
    expect(english).toContain("- **Más arte** (2 votes)\n  - Arte en cada escuela (3 votes)\n");
    const csv = await (await api(`/api/boards/${board.id}/export?format=csv&lang=es`)).text();
    expect(csv.split("\r\n")[0]).toBe("priority,cluster,text,votes,author,created");
  });

  it("names a board without ASCII letters in its title in the export's language", async () => {
    const board = (await (await createBoard({ title: "🎨", language: "es" })).json()) as Created;
    const md = await api(`/api/boards/${board.id}/export?format=md&lang=es`);
    expect(md.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tablero-\d{4}-\d\d-\d\d\.md"$/,
    );
  });

  it("refuses an unknown lang with 400 on every export", async () => {
    const board = (await (await createBoard({ language: "es" })).json()) as Created;
    const token = board.viewUrl.split("/v/")[1];
    const snapshot = await api(`/api/boards/${board.id}/snapshots`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${board.facilitatorKey}`,
      },
      body: JSON.stringify({ name: "Primera" }),
    });
    const { id: snapshotId } = (await snapshot.json()) as { id: string };
    const { json: meeting } = await postMeeting(h.server.url, { groups: ["Uno"] });
    for (const path of [
      `/api/boards/${board.id}/export`,
      `/api/view/${token}/export`,
      `/api/snapshots/${snapshotId}/export`,
      `/api/meetings/${meeting.id}/export`,
    ]) {
      const good = await api(`${path}?format=md&lang=es`);
      expect(good.status, path).toBe(200);
      expect(await good.text(), path).toContain("\n_Exportado el ");
      const bad = await api(`${path}?format=md&lang=fr`);
      expect(bad.status, path).toBe(400);
      expect(await bad.json()).toEqual({
        error: "unknown-language",
        message: 'lang must be one of en, es, not "fr"',
      });
    }
  });
});

describe("snapshots taken before a change, named in lang", () => {
  it("names the snapshot before a restore in Spanish, and refuses a bad lang", async () => {
    const board = (await (await createBoard({ language: "es" })).json()) as Created;
    const auth = { authorization: `Bearer ${board.facilitatorKey}` };
    const imported = await importNotes(board.id, board.facilitatorKey);
    const { before } = (await imported.json()) as { before: { id: string; name: string } };
    expect(before.name).toMatch(/^Before import \d\d:\d\d$/);
    const restore = (query: string) =>
      api(`/api/boards/${board.id}/snapshots/${before.id}/restore${query}`, {
        method: "POST",
        headers: auth,
      });
    const bad = await restore("?lang=xx");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Problem).error).toBe("unknown-language");
    const badImport = await importNotes(board.id, board.facilitatorKey, "?lang=xx");
    expect(badImport.status).toBe(400);
    const restored = await restore("?lang=es&tz=Europe%2FMadrid");
    expect(restored.status).toBe(200);
    const answer = (await restored.json()) as { before: { name: string } };
    expect(answer.before.name).toMatch(/^Antes de restaurar \d\d:\d\d$/);
    const list = (await (await api(`/api/boards/${board.id}/snapshots`)).json()) as {
      snapshots: { name: string }[];
    };
    // The refused import and restore took no snapshot.
    expect(list.snapshots.map((s) => s.name.replace(/\d\d:\d\d$/, "HH:MM")).sort()).toEqual([
      "Antes de restaurar HH:MM",
      "Before import HH:MM",
    ]);
  });
});

describe("POST /api/meetings with a language", () => {
  it("names the lanes the template leaves alone in Spanish, on every group board", async () => {
    const { status, json: meeting } = await postMeeting(h.server.url, {
      groups: ["Directores", "Innovación"],
      language: "es",
      template: { lanes: [{ id: "p1", title: "Lo urgente" }] },
    });
    expect(status).toBe(201);
    expect(meeting.title).toBe("Reunión sin título");
    const expected = SPANISH_LANES.map((lane) =>
      lane.id === "p1" ? { ...lane, title: "Lo urgente" } : lane,
    );
    const read = (await (await api(`/api/meetings/${meeting.id}`)).json()) as {
      template: { lanes: unknown[] };
    };
    expect(read.template.lanes).toEqual(expected);
    for (const group of meeting.groups) {
      const board = await summary(group.boardId);
      expect(board.title).toBe(`${group.name} · Reunión sin título`);
      expect(board.lanes.map((lane) => lane.title)).toEqual(expected.map((l) => l.title));
      expect(storedLanes(group.boardId)).toEqual(expected);
    }

    const key = meeting.facilitatorKey;
    for (const group of meeting.groups) {
      expect((await importNotes(group.boardId, key, "?lang=es")).status).toBe(200);
    }
    const md = await api(`/api/meetings/${meeting.id}/export?format=md&lang=es&merge=clusters`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(md.status).toBe(200);
    expect(md.headers.get("content-disposition")).toMatch(
      /^attachment; filename="reunion-sin-titulo-todos-los-grupos-\d{4}-\d\d-\d\d\.md"$/,
    );
    const text = await md.text();
    expect(text).toMatch(/\n_Exportado el [^\n]* UTC · 2 grupos: Directores, Innovación_\n/);
    expect(text).toContain("\n## Lo urgente\n\n_Lo primero_\n\n");
    expect(text).toContain("- **Más arte** — Directores e Innovación (4 votos)\n");
    expect(text).toContain("  - Arte en cada escuela — Directores (3 votos)\n");
  });

  it("keeps English lanes without one, and refuses another language with 400", async () => {
    const { json: meeting } = await postMeeting(h.server.url, { groups: ["A"] });
    expect(meeting.title).toBe("Untitled meeting");
    const board = await summary(meeting.groups[0]?.boardId ?? "");
    expect(board.lanes.map((lane) => lane.title)[1]).toBe("Priority one");
    const bad = await postMeeting(h.server.url, { groups: ["A"], language: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: "invalid-body", message: "language is one of en, es" });
  });
});
