import { initBoard } from "@roundtable/shared";
import * as Y from "yjs";
import { newJoinCode } from "../meetings/joinCodes";
import { SqliteStorage } from "../storage/sqlite";
import { tempDataDir } from "./serverProcess";

/** A fresh SQLite storage holding one board, created as POST /api/boards creates it. */
export function storageWithBoard(boardId: string): SqliteStorage {
  const storage = new SqliteStorage(tempDataDir(), { checkpointIntervalMs: 0 });
  const doc = new Y.Doc();
  initBoard(doc, { title: "t" });
  storage.createBoard(
    {
      id: boardId,
      title: "t",
      createdAt: 0,
      facilitatorKeyHash: "",
      viewToken: `v-${boardId}`,
      joinCode: newJoinCode(),
    },
    Y.encodeStateAsUpdate(doc),
  );
  return storage;
}

let written = 0;
/** An update adding a note as another program may write it: only text and lane. */
export function noteUpdate(text: string, id = `note-${written++}`): Uint8Array {
  const doc = new Y.Doc();
  const note = new Y.Map<unknown>();
  note.set("text", new Y.Text(text));
  note.set("lane", "p1");
  doc.getMap("notes").set(id, note);
  return Y.encodeStateAsUpdate(doc);
}
