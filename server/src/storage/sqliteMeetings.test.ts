import { describe, expect, it } from "vitest";
import { newBoard } from "../boards";
import { defaultTemplate } from "../meetings/template";
import { tempDataDir } from "../testing/serverProcess";
import { SqliteStorage } from "./sqlite";
import { JoinCodeTaken, type MeetingRecord, type NewGroupBoard } from "./storage";

function meeting(id: string): MeetingRecord {
  return {
    id,
    title: "Visit",
    createdAt: 1,
    facilitatorKeyHash: "ab",
    agenda: [{ group: "A", title: "", start: "09:00", end: "10:00" }],
    template: defaultTemplate(),
  };
}

function group(meetingId: string, position: number, joinCode: string): NewGroupBoard {
  const { board, initialState } = newBoard(`G${position}`, "ab", 1, [], joinCode);
  return {
    group: { meetingId, position, name: `G${position}`, boardId: board.id, joinCode },
    board,
    initialState,
  };
}

describe("meetings in SQLite", () => {
  it("stores a meeting with its group boards and finds a group by its code", async () => {
    const storage = new SqliteStorage(tempDataDir());
    const groups = [group("meeting-one1", 0, "AAAAAA"), group("meeting-one1", 1, "BBBBBB")];
    storage.createMeeting(meeting("meeting-one1"), groups);
    expect(storage.getMeeting("meeting-one1")).toEqual(meeting("meeting-one1"));
    expect(storage.meetingGroups("meeting-one1")).toEqual(groups.map((g) => g.group));
    expect(storage.groupByJoinCode("BBBBBB")?.boardId).toBe(groups[1]?.board.id);
    for (const g of groups) expect(storage.getBoard(g.board.id)).toEqual(g.board);
    await storage.close();
  });

  it("refuses a join code in use with JoinCodeTaken and stores nothing of that meeting", async () => {
    const storage = new SqliteStorage(tempDataDir());
    storage.createMeeting(meeting("meeting-one1"), [group("meeting-one1", 0, "AAAAAA")]);
    const clash = [group("meeting-two2", 0, "CCCCCC"), group("meeting-two2", 1, "AAAAAA")];
    expect(() => storage.createMeeting(meeting("meeting-two2"), clash)).toThrow(JoinCodeTaken);
    expect(storage.getMeeting("meeting-two2")).toBeUndefined();
    expect(storage.groupByJoinCode("CCCCCC")).toBeUndefined();
    for (const g of clash) expect(storage.getBoard(g.board.id)).toBeUndefined();
    await storage.close();
  });
});
