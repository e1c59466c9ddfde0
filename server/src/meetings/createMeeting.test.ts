import { describe, expect, it } from "vitest";
import { SqliteStorage } from "../storage/sqlite";
import { JoinCodeTaken, type Storage } from "../storage/storage";
import { tempDataDir } from "../testing/serverProcess";
import { createMeeting } from "./createMeeting";

/** The real storage, whose first `failures` meetings hit a join code already in use. */
function clashing(storage: SqliteStorage, failures: number): Storage {
  let left = failures;
  return Object.assign(Object.create(storage) as Storage, {
    createMeeting: (...args: Parameters<Storage["createMeeting"]>) => {
      if (left-- > 0) throw new JoinCodeTaken();
      storage.createMeeting(...args);
    },
  });
}

describe("createMeeting", () => {
  it("draws new join codes when one is in use, and gives up after five tries", async () => {
    const storage = new SqliteStorage(tempDataDir());
    const body = { title: "Visit", groups: ["A", "B"] };
    const created = createMeeting(clashing(storage, 2), body);
    const groups = storage.meetingGroups(created.meeting.id);
    expect(groups.map((g) => g.name)).toEqual(["A", "B"]);
    // Each group's board carries the group's code.
    for (const g of groups) expect(storage.getBoard(g.boardId)?.joinCode).toBe(g.joinCode);
    expect(() => createMeeting(clashing(storage, 5), body)).toThrow(JoinCodeTaken);
    await storage.close();
  });

  it("titles each group's board after the group, then the meeting, within 200 characters", async () => {
    const storage = new SqliteStorage(tempDataDir());
    const created = createMeeting(storage, { title: "x".repeat(200), groups: ["Principals"] });
    const board = storage.getBoard(created.groups[0]?.board.id ?? "");
    expect(board?.title.startsWith("Principals · xxx")).toBe(true);
    expect(board?.title).toHaveLength(200);
    await storage.close();
  });
});
