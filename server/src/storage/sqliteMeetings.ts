import type Database from "better-sqlite3";
import {
  JoinCodeTaken,
  type MeetingGroupRecord,
  type MeetingRecord,
  type MeetingTemplate,
} from "./storage";

type MeetingRow = {
  id: string;
  title: string;
  created_at: number;
  facilitator_key_hash: string;
  agenda: string;
  template: string;
};

type GroupRow = {
  meeting_id: string;
  position: number;
  name: string;
  board_id: string;
  join_code: string;
};

// The agenda and the template are read and written whole, so they are JSON columns.
export const meetingSchema = `
CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  agenda TEXT NOT NULL,
  template TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meeting_groups (
  meeting_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  board_id TEXT NOT NULL UNIQUE,
  join_code TEXT NOT NULL UNIQUE,
  PRIMARY KEY (meeting_id, position)
);
`;

/** The meetings' tables of the SQLite file; the boards themselves are stored as any board. */
export class MeetingTables {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insertMeeting: db.prepare(
        "INSERT INTO meetings (id, title, created_at, facilitator_key_hash, agenda, template) VALUES (@id, @title, @created_at, @facilitator_key_hash, @agenda, @template)",
      ),
      insertGroup: db.prepare(
        "INSERT INTO meeting_groups (meeting_id, position, name, board_id, join_code) VALUES (@meeting_id, @position, @name, @board_id, @join_code)",
      ),
      getMeeting: db.prepare<[string], MeetingRow>("SELECT * FROM meetings WHERE id = ?"),
      groups: db.prepare<[string], GroupRow>(
        "SELECT * FROM meeting_groups WHERE meeting_id = ? ORDER BY position",
      ),
      groupByCode: db.prepare<[string], GroupRow>(
        "SELECT * FROM meeting_groups WHERE join_code = ?",
      ),
      setTemplate: db.prepare("UPDATE meetings SET template = ? WHERE id = ?"),
    };
  }

  /** Inside the caller's transaction: a taken join code throws JoinCodeTaken. */
  insert(meeting: MeetingRecord, groups: readonly MeetingGroupRecord[]): void {
    this.statements.insertMeeting.run({
      id: meeting.id,
      title: meeting.title,
      created_at: meeting.createdAt,
      facilitator_key_hash: meeting.facilitatorKeyHash,
      agenda: JSON.stringify(meeting.agenda),
      template: JSON.stringify(meeting.template),
    });
    for (const group of groups) {
      try {
        this.statements.insertGroup.run({
          meeting_id: group.meetingId,
          position: group.position,
          name: group.name,
          board_id: group.boardId,
          join_code: group.joinCode,
        });
      } catch (error) {
        if (String(error).includes("meeting_groups.join_code")) throw new JoinCodeTaken();
        throw error;
      }
    }
  }

  get(id: string): MeetingRecord | undefined {
    const row = this.statements.getMeeting.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      facilitatorKeyHash: row.facilitator_key_hash,
      agenda: JSON.parse(row.agenda),
      template: JSON.parse(row.template),
    };
  }

  groups(meetingId: string): MeetingGroupRecord[] {
    return this.statements.groups.all(meetingId).map(groupFrom);
  }

  groupByJoinCode(code: string): MeetingGroupRecord | undefined {
    const row = this.statements.groupByCode.get(code);
    return row && groupFrom(row);
  }

  setTemplate(meetingId: string, template: MeetingTemplate): void {
    this.statements.setTemplate.run(JSON.stringify(template), meetingId);
  }
}

function groupFrom(row: GroupRow): MeetingGroupRecord {
  return {
    meetingId: row.meeting_id,
    position: row.position,
    name: row.name,
    boardId: row.board_id,
    joinCode: row.join_code,
  };
}
