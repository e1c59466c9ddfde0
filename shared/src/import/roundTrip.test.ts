import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../board";
import { initBoard, renameBoard } from "../boardOps";
import { createCluster } from "../clusterOps";
import { snapshotInRoomOrder, snapshotToJson } from "../export/json";
import { snapshotToMarkdown } from "../export/markdown";
import { SAMPLE_NAMES, SAMPLE_TIME, SAMPLE_TOTALS, sampleBoard } from "../export/sampleBoard";
import { defaultLanesIn } from "../i18n/defaults";
import type { Language } from "../i18n/languages";
import { renameLane } from "../laneOps";
import { addNote } from "../noteOps";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { expectRejected } from "../testBoards";
import { applyImport } from "./applyImport";
import { parseJsonExport } from "./jsonExport";
import { DEFAULT_LANE_TITLES } from "./laneHeadings";
import { parseMeetingNotes } from "./meetingNotes";
import { importedNames, type ParseResult } from "./plan";

const NOW = Date.UTC(2026, 10, 22, 12);
type Totals = Readonly<Record<string, number>> | null;

function freshBoard(language: Language = "en"): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { createdAt: NOW });
  // A board created in Spanish, as the server creates it: its lanes named in Spanish.
  if (language !== "en")
    for (const lane of defaultLanesIn(language)) renameLane(doc, lane.id, lane);
  return doc;
}

function snapshot(doc: Y.Doc, totals: Totals, names = SAMPLE_NAMES): Snapshot {
  return snapshotBoard(doc, { boardId: "b", totals, names, now: NOW });
}

function planOf(result: ParseResult) {
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** What a person sees of a board: everything but the ids, which an import makes anew. */
function content(s: Snapshot) {
  const note = ({ id: _id, ...rest }: Snapshot["lanes"][number]["notes"][number]) => rest;
  return {
    title: s.board.title,
    lanes: s.lanes.map((lane) => ({
      ...lane,
      clusters: lane.clusters.map(({ id: _id, ...cluster }) => ({
        ...cluster,
        notes: cluster.notes.map(note),
      })),
      notes: lane.notes.map(note),
    })),
  };
}

describe("Markdown export, import into a fresh board, export again", () => {
  // A fresh board has no votes: revealed-but-empty totals show the imported history alone.
  // Headings name lanes by their titles, so the fresh board has the sample's renamed lane too.
  it.each<[string, Totals, Totals]>([
    ["with votes revealed", SAMPLE_TOTALS, {}],
    ["with votes hidden", null, null],
  ])("gives identical Markdown and the same lanes, clusters and notes %s", (_, before, after) => {
    const first = snapshotToMarkdown(snapshot(sampleBoard(), before));
    const doc = freshBoard();
    renameLane(doc, "p4", { title: "Someday, maybe", subtitle: "" });
    const titles = Object.fromEntries(readBoard(doc).lanes.map((lane) => [lane.id, lane.title]));
    const plan = planOf(parseMeetingNotes(first, titles));
    expect(plan.skipped).toEqual([{ line: 3, text: "_Exported 2026-11-22 12:00 UTC_" }]);
    applyImport(doc, plan, { renameLanes: true, setTitleIfUntitled: true });
    expect(snapshotToMarkdown(snapshot(doc, after))).toBe(first);
    const strip = (s: Snapshot) => {
      const c = content(s);
      const bare = (n: { text: string; votes: number | null }) => [n.text, n.votes];
      return c.lanes.map((l) => [
        l.title,
        l.subtitle,
        l.notes.map(bare),
        l.clusters.map((k) => [k.title, k.votes, k.notes.map(bare)]),
      ]);
    };
    expect(strip(snapshot(doc, after))).toEqual(strip(snapshot(sampleBoard(), before)));
  });
});

describe("Markdown export in Spanish, import into a fresh board, export again", () => {
  const SPANISH = { timeZone: "UTC", language: "es" } as const;

  /**
   * The sample board as a Spanish-speaking group has it: Spanish lanes (p4 still "Someday,
   * maybe"), a Spanish title, and notes and a cluster whose text ends in a Spanish vote count.
   */
  function spanishBoard(): Y.Doc {
    const doc = sampleBoard();
    renameBoard(doc, "Mesa redonda de liderazgo en las artes");
    for (const lane of defaultLanesIn("es")) if (lane.id !== "p4") renameLane(doc, lane.id, lane);
    const notes = [
      { id: "votos", lane: "p3", text: "Lo votamos ayer (3 votos)" },
      { id: "voto", lane: "p3", text: "¿Y las familias?\n(1 voto)" },
      { id: "suelta", lane: "inbox", text: "Una idea suelta (1 votes)" },
    ];
    for (const note of notes) addNote(doc, { ...note, author: "alice", createdAt: SAMPLE_TIME });
    createCluster(doc, { id: "arte", lane: "p3", title: "Arte (2 votos)", noteIds: ["votos"] });
    return doc;
  }
  const TOTALS = { ...SAMPLE_TOTALS, votos: 1, voto: 4, arte: 2 };

  it.each<[string, Totals, Totals, Language]>([
    ["with votes revealed, into a Spanish board", TOTALS, {}, "es"],
    ["with votes hidden, into a Spanish board", null, null, "es"],
    ["with votes revealed, into an English board", TOTALS, {}, "en"],
  ])(
    "gives identical Markdown and the same lanes, clusters and votes %s",
    (_, before, after, into) => {
      const first = snapshotToMarkdown(snapshot(spanishBoard(), before), SPANISH);
      if (before !== null) {
        expect(first).toContain("\n_Exportado el 2026-11-22 12:00 UTC_\n");
        expect(first).toContain("\n## Prioridad tres\n\n_Más adelante_\n");
        expect(first).toContain("\n- **Quick wins** (5 votos)\n  - Fix the doors (3 votos)\n");
        expect(first).toContain(
          "\n- **Arte \\(2 votos)** (2 votos)\n  - Lo votamos ayer \\(3 votos) (1 voto)\n",
        );
        expect(first).toContain("\n- ¿Y las familias?\n  \\(1 voto) (4 votos)\n");
        expect(first).toContain("\n- Una idea suelta \\(1 votes)\n");
      }
      const doc = freshBoard(into);
      renameLane(doc, "p4", { title: "Someday, maybe", subtitle: "" });
      const titles = Object.fromEntries(readBoard(doc).lanes.map((lane) => [lane.id, lane.title]));
      const plan = planOf(parseMeetingNotes(first, titles));
      expect(plan.skipped).toEqual([{ line: 3, text: "_Exportado el 2026-11-22 12:00 UTC_" }]);
      applyImport(doc, plan, { renameLanes: true, setTitleIfUntitled: true });
      expect(snapshotToMarkdown(snapshot(doc, after), SPANISH)).toBe(first);
      const strip = (s: Snapshot) => {
        const c = content(s);
        const bare = (n: { text: string; votes: number | null }) => [n.text, n.votes];
        return [
          c.title,
          c.lanes.map((l) => [
            l.id,
            l.title,
            l.subtitle,
            l.notes.map(bare),
            l.clusters.map((k) => [k.title, k.votes, k.notes.map(bare)]),
          ]),
        ];
      };
      expect(strip(snapshot(doc, after))).toEqual(strip(snapshot(spanishBoard(), before)));
    },
  );
});

describe("JSON export, import into a fresh board", () => {
  it("keeps lanes, clusters, notes, their room order, authors' names and times", () => {
    const original = snapshot(sampleBoard(), SAMPLE_TOTALS);
    const plan = planOf(parseJsonExport(snapshotToJson(original)));
    expect(importedNames(plan)).toEqual(SAMPLE_NAMES);
    const doc = freshBoard();
    const result = applyImport(doc, plan, { renameLanes: true, setTitleIfUntitled: true });
    expect(result).toEqual({
      notes: 14,
      clusters: 1,
      lanes: ["p1", "p2", "p4", "inbox"],
      steps: 0,
      terms: 0,
    });
    // The fresh board's people come from the plan; its votes are the export's, as history.
    const copy = snapshot(doc, {}, importedNames(plan));
    const ordered = (s: Snapshot) => {
      const { lanes } = snapshotInRoomOrder(s);
      return content({ ...s, lanes: lanes.map(({ items: _items, ...lane }) => lane) });
    };
    expect(ordered(copy)).toEqual(ordered(original));
  });

  it("leaves the board untouched when the file is bad or names a lane the board lacks", () => {
    const doc = freshBoard();
    const before = Y.encodeStateAsUpdate(doc);
    const bad = parseJsonExport('{"schemaVersion": 1, "board": {"title": "x"}, "lanes": [{}]}');
    expect(bad).toEqual({ ok: false, line: null, message: "lanes[0].clusters must be a list" });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const data = JSON.parse(snapshotToJson(snapshot(sampleBoard(), null)));
    data.lanes[4].id = "p9";
    const plan = planOf(parseJsonExport(JSON.stringify(data)));
    expectRejected(doc, "unknown-lane", () => applyImport(doc, plan, { renameLanes: true }));
  });

  it("leaves the board untouched when meeting notes hold a note over 2000 characters", () => {
    const doc = freshBoard();
    const before = Y.encodeStateAsUpdate(doc);
    const result = parseMeetingNotes(
      `Priority one -\n- ok\n- ${"z".repeat(2001)}\n`,
      DEFAULT_LANE_TITLES,
    );
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
