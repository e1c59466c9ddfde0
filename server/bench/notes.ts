/**
 * Board content written by the bench clients, using Yjs directly: `doc.getMap('notes')` maps a note
 * id to a Y.Map holding `text` (Y.Text), `lane`, `order` and `createdAt`. Writes made during the
 * fan-out scenario also carry `w` (the write's token) and `ts` (its send time on the shared clock);
 * the token is appended to the text as well, so the final text proves which writes arrived.
 */
import * as Y from "yjs";

export const LANES = ["inbox", "p1", "p2", "p3", "p4"] as const;

const PHRASES = [
  "Onboarding checklist is out of date",
  "Deploys felt slower this sprint",
  "Pair on the flaky login test",
  "Customers ask for CSV export",
  "Move standup to 9:30?",
  "Write the incident review for Tuesday",
  "Design review needs a second reviewer",
  "Search is slow on large workspaces",
  "Retire the old billing page",
  "Document the release process",
  "Dark mode contrast issues",
  "Split the settings page into tabs",
  "Nobody owns the analytics dashboard",
  "Add keyboard shortcuts to the board",
  "Budget for the team offsite",
  "Mobile layout breaks under 360px",
  "Try shorter planning meetings",
  "Clean up unused feature flags",
  "Backups were never restore-tested",
  "Invite support to sprint demo",
] as const;

const WORDS = [
  "agree",
  "also",
  "blocked",
  "customers",
  "data",
  "done",
  "later",
  "maybe",
  "next",
  "owner",
  "please",
  "risk",
  "soon",
  "team",
  "test",
  "today",
  "vote",
  "why",
] as const;

/** Small deterministic PRNG (mulberry32) so runs write comparable content. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seed derived from a string (FNV-1a). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
};

export const notePhrase = (random: () => number): string => pick(PHRASES, random);
export const noteWord = (random: () => number): string => pick(WORDS, random);
export const noteLane = (random: () => number): string => pick(LANES, random);

export const notesOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap<Y.Map<unknown>>("notes");

export interface NoteFields {
  id: string;
  text: string;
  lane: string;
  order: number;
  /** Write token and send time, for the fan-out measurement. */
  write?: { token: string; sentAt: number };
}

/** Adds a note in one transaction. */
export function createNote(doc: Y.Doc, fields: NoteFields): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set("text", new Y.Text(fields.text));
    note.set("lane", fields.lane);
    note.set("order", fields.order);
    note.set("createdAt", Date.now());
    if (fields.write) {
      note.set("w", fields.write.token);
      note.set("ts", fields.write.sentAt);
    }
    notesOf(doc).set(fields.id, note);
  });
}

/** Appends `words` to a note's text in one transaction, stamping the write token and time. */
export function appendToNote(
  doc: Y.Doc,
  id: string,
  words: string,
  write: { token: string; sentAt: number },
): void {
  const note = notesOf(doc).get(id);
  const text = note?.get("text");
  if (!note || !(text instanceof Y.Text)) throw new Error(`note ${id} missing on its writer`);
  doc.transact(() => {
    text.insert(text.length, ` ${words}`);
    note.set("w", write.token);
    note.set("ts", write.sentAt);
  });
}

/** Write tokens look like `[w3.17]` (writer 3, write 17). */
export const writeToken = (writer: number, seq: number): string => `[w${writer}.${seq}]`;
const TOKEN_PATTERN = /\[w(\d+)\.\d+\]/g;

/** Distinct write tokens present in the texts of all notes of `doc`, with their writer. */
export function tokensIn(doc: Y.Doc): Map<string, number> {
  const tokens = new Map<string, number>();
  for (const note of notesOf(doc).values()) {
    const text = note.get("text");
    if (!(text instanceof Y.Text)) continue;
    for (const match of text.toString().matchAll(TOKEN_PATTERN)) {
      tokens.set(match[0], Number(match[1]));
    }
  }
  return tokens;
}
