import { NOTE_COLORS } from "@roundtable/shared";

/** Who this browser is: no accounts, just a remembered name and a random id. */
export type Identity = { id: string; name: string; color: string };

const NAME_KEY = "roundtable:name";
const ID_KEY = "roundtable:participant";
const PERSON_COLORS = ["#b91c1c", "#1d4ed8", "#047857", "#7c3aed", "#c2410c", "#be185d", "#0f766e"];

export const MAX_NAME = 60;

function participantId(): string {
  let id = localStorage.getItem(ID_KEY);
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, (c) =>
      c === "+" ? "-" : c === "/" ? "_" : "",
    );
    localStorage.setItem(ID_KEY, id);
  }
  return id;
}

/** A stable colour per person, so others recognise them across sessions. */
export function colorFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PERSON_COLORS[hash % PERSON_COLORS.length] ?? "#1d4ed8";
}

const boardNameKey = (boardId: string) => `roundtable:name:${boardId}`;

/** The name last typed in this browser: a suggestion for the next board, never a join. */
export function lastName(): string {
  return localStorage.getItem(NAME_KEY)?.trim().slice(0, MAX_NAME) ?? "";
}

/**
 * Who this browser is on `boardId`, if it joined that board before. A shared laptop joins
 * each board only when someone types (or confirms) a name there.
 */
export function savedIdentity(boardId: string): Identity | null {
  const name = localStorage.getItem(boardNameKey(boardId))?.trim();
  if (!name) return null;
  const id = participantId();
  return { id, name: name.slice(0, MAX_NAME), color: colorFor(id) };
}

/** Remembers `name` for `boardId`, and as the suggestion for boards joined next. */
export function saveName(name: string, boardId: string): Identity {
  const clean = name.trim().slice(0, MAX_NAME);
  localStorage.setItem(NAME_KEY, clean);
  localStorage.setItem(boardNameKey(boardId), clean);
  const id = participantId();
  return { id, name: clean, color: colorFor(id) };
}

/** The colour new notes get by default: the palette entry for this person. */
export function noteColorFor(id: string): string {
  let hash = 7;
  for (const char of id) hash = (hash * 33 + char.charCodeAt(0)) >>> 0;
  return NOTE_COLORS[hash % NOTE_COLORS.length] ?? NOTE_COLORS[0];
}
