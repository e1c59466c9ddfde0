import { describe, expect, it } from "vitest";
import { createBoard, JOIN_CODE_ATTEMPTS } from "./boards";
import { JOIN_CODE_ALPHABET } from "./meetings/joinCodes";
import { SqliteStorage } from "./storage/sqlite";
import { JoinCodeTaken, type Storage } from "./storage/storage";
import { tempDataDir } from "./testing/serverProcess";

/** The real storage, whose first `failures` boards hit a join code already in use. */
function clashing(storage: SqliteStorage, failures: number): Storage & { tried: string[] } {
  let left = failures;
  const tried: string[] = [];
  return Object.assign(Object.create(storage) as Storage, {
    tried,
    createBoard: (...args: Parameters<Storage["createBoard"]>) => {
      tried.push(args[0].joinCode);
      if (left-- > 0) throw new JoinCodeTaken();
      storage.createBoard(...args);
    },
  });
}

describe("createBoard", () => {
  it("stores the board with a join code of its own", async () => {
    const storage = new SqliteStorage(tempDataDir());
    const { board } = createBoard(storage, "Retro");
    expect(board.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(storage.getBoardByJoinCode(board.joinCode)?.id).toBe(board.id);
    await storage.close();
  });

  it("draws a new join code when one is in use, and gives up after five tries", async () => {
    const storage = new SqliteStorage(tempDataDir());
    const twice = clashing(storage, 2);
    const { board } = createBoard(twice, "Retro");
    expect(twice.tried).toHaveLength(3);
    expect(twice.tried[2]).toBe(board.joinCode);
    expect(storage.getBoard(board.id)?.joinCode).toBe(board.joinCode);
    const always = clashing(storage, JOIN_CODE_ATTEMPTS);
    expect(() => createBoard(always, "Retro")).toThrow(JoinCodeTaken);
    expect(always.tried).toHaveLength(JOIN_CODE_ATTEMPTS);
    await storage.close();
  });
});
