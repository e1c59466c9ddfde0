/** Another person's edit: one character added to a note by a stock y-websocket client. */
import { insertNoteText, notesMap, readNote } from "@roundtable/shared";
import * as Y from "yjs";
import { connectClient, type TestClient } from "../../server/src/testing/clients";
import type { BenchBoard } from "./boards";
import { type BoardTab, longTasksBetween, withTimeout } from "./boardTab";

/** How long after the change is painted its commits and long tasks still count. */
const AFTER_PAINT_MS = 500;

export type RemoteRun = {
  /** Distinct notes any of whose components rendered in the commits the change caused. */
  notes: number;
  /** Renders of note components (a card's shell, its body, its bar) in those commits. */
  components: number;
  /** Long tasks from sending the change until 500 ms after it was painted. */
  longTaskMs: number;
};

export type RemotePerson = { client: TestClient; close(): void };

/** Joins the board as a participant (POST …/participants) and connects with its token. */
export async function connectRemote(serverUrl: string, board: BenchBoard): Promise<RemotePerson> {
  const boardId = board.created.id;
  const response = await fetch(`${serverUrl}/api/boards/${boardId}/participants`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Remy" }),
  });
  if (response.status !== 201) throw new Error(`joining answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  const client = connectClient(serverUrl, boardId, new Y.Doc(), { token });
  const close = () => client.provider.destroy();
  try {
    await withTimeout(client.synced, 15_000, "the remote writer's sync");
  } catch (error) {
    close();
    throw error;
  }
  return { client, close };
}

function noteIdByText(doc: Y.Doc, text: string): string {
  for (const [id, stored] of notesMap(doc)) {
    if (readNote(id, stored)?.text === text) return id;
  }
  throw new Error(`the remote writer has no note "${text}"`);
}

/**
 * Appends "!" to Unsorted's second note (in view; the first is the one typed into) and counts
 * the note components React rendered from the change until 500 ms after the page painted it.
 */
export async function measureRemoteChange(tab: BoardTab, remote: RemotePerson): Promise<RemoteRun> {
  const { page } = tab;
  const before = await page.evaluate(() => {
    const lane = document.querySelector("main.lanes > section.lane ul.notes");
    const text = lane?.querySelectorAll(":scope > li.note .note-text")[1];
    if (!text) throw new Error("Unsorted has no second note");
    const shown = text.textContent ?? "";
    window.__benchProbe.watch("remote", () => text.textContent === `${shown}!`);
    return shown;
  });
  const doc = remote.client.doc;
  const id = noteIdByText(doc, before);

  const start = await page.evaluate(() => {
    const probe = window.__benchProbe;
    probe.commits = [];
    probe.countCommits = true;
    return performance.now();
  });
  insertNoteText(doc, id, before.length, "!");
  const painted = await page.evaluate(() => window.__benchProbe.result("remote"));
  const commits = await page.evaluate(async (waitMs) => {
    const probe = window.__benchProbe;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    probe.countCommits = false;
    return probe.commits;
  }, AFTER_PAINT_MS);
  const tasks = await longTasksBetween(page, start, painted + AFTER_PAINT_MS);
  const notes = new Set(commits.flatMap((commit) => commit.notes));
  return {
    notes: notes.size,
    components: commits.reduce((total, commit) => total + commit.components, 0),
    longTaskMs: tasks.reduce((total, task) => total + task.duration, 0),
  };
}
