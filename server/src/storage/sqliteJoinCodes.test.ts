import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { newBoard } from "../boards";
import { JOIN_CODE_ALPHABET } from "../meetings/joinCodes";
import { tempDataDir } from "../testing/serverProcess";
import { SqliteStorage } from "./sqlite";
import { JoinCodeTaken } from "./storage";

const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`);

/** A database file as the server wrote it before boards had join codes. */
function fileWithoutBoardCodes(dir: string): void {
  const db = new Database(path.join(dir, "roundtable.db"));
  db.exec(`
    CREATE TABLE boards (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      facilitator_key_hash TEXT NOT NULL,
      view_token TEXT NOT NULL UNIQUE
    );
    CREATE TABLE meeting_groups (
      meeting_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      board_id TEXT NOT NULL UNIQUE,
      join_code TEXT NOT NULL UNIQUE,
      PRIMARY KEY (meeting_id, position)
    );
    INSERT INTO boards VALUES ('group-board-1', 'Principals · Visit', 1, 'ab', 'view-1');
    INSERT INTO boards VALUES ('lone-board-22', 'Retro', 2, 'cd', 'view-2');
    INSERT INTO boards VALUES ('lone-board-33', 'Planning', 3, 'ef', 'view-3');
    INSERT INTO meeting_groups VALUES ('meeting-1', 0, 'Principals', 'group-board-1', 'PQR234');
  `);
  db.close();
}

describe("boards' join codes in SQLite", () => {
  it("gives an older file's group boards their group's code and other boards fresh ones, once", async () => {
    const dir = tempDataDir();
    fileWithoutBoardCodes(dir);
    const storage = new SqliteStorage(dir);
    expect(storage.getBoard("group-board-1")?.joinCode).toBe("PQR234");
    const lone = [storage.getBoard("lone-board-22"), storage.getBoard("lone-board-33")];
    const codes = lone.map((board) => board?.joinCode ?? "");
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set([...codes, "PQR234"]).size).toBe(3);
    expect(storage.getBoardByJoinCode(codes[0] as string)?.id).toBe("lone-board-22");
    expect(storage.getBoardByJoinCode("PQR234")?.id).toBe("group-board-1");
    await storage.close();

    const reopened = new SqliteStorage(dir);
    expect(reopened.getBoard("lone-board-22")?.joinCode).toBe(codes[0]);
    expect(reopened.getBoard("lone-board-33")?.title).toBe("Planning");
    await reopened.close();
  });

  it("refuses a board whose code another board or a group has, with JoinCodeTaken, storing nothing", async () => {
    const dir = tempDataDir();
    fileWithoutBoardCodes(dir);
    const storage = new SqliteStorage(dir);
    for (const taken of ["PQR234", storage.getBoard("lone-board-22")?.joinCode as string]) {
      const { board, initialState } = newBoard("Clash", "ab", 1, [], taken);
      expect(() => storage.createBoard(board, initialState)).toThrow(JoinCodeTaken);
      expect(storage.getBoard(board.id)).toBeUndefined();
      expect(storage.loadDoc(board.id).snapshot).toBeNull();
    }
    await storage.close();
  });
});
