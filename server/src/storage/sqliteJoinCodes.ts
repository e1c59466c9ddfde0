import type Database from "better-sqlite3";

/**
 * Gives the boards table its join codes. A file written before boards had codes gets the column
 * in one transaction that holds the write lock (the command line may open the file at the same
 * time): a meeting's group boards take their group's code, every other board a fresh one. Then a
 * unique index keeps every code to one board.
 */
export function migrateBoardJoinCodes(db: Database.Database, newCode: () => string): void {
  if (!hasJoinCodeColumn(db)) {
    db.transaction(() => {
      if (hasJoinCodeColumn(db)) return;
      db.exec("ALTER TABLE boards ADD COLUMN join_code TEXT");
      db.exec(
        "UPDATE boards SET join_code = (SELECT join_code FROM meeting_groups WHERE board_id = boards.id)",
      );
      const used = new Set(
        db
          .prepare<[], string>(
            "SELECT join_code FROM boards WHERE join_code IS NOT NULL UNION SELECT join_code FROM meeting_groups",
          )
          .pluck()
          .all(),
      );
      const without = db
        .prepare<[], string>("SELECT id FROM boards WHERE join_code IS NULL")
        .pluck()
        .all();
      const setCode = db.prepare("UPDATE boards SET join_code = ? WHERE id = ?");
      for (const id of without) {
        let code = newCode();
        while (used.has(code)) code = newCode();
        used.add(code);
        setCode.run(code, id);
      }
    }).immediate();
  }
  db.exec("CREATE UNIQUE INDEX IF NOT EXISTS boards_by_join_code ON boards (join_code)");
}

function hasJoinCodeColumn(db: Database.Database): boolean {
  return db
    .prepare<[], { name: string }>("PRAGMA table_info(boards)")
    .all()
    .some((column) => column.name === "join_code");
}

/** Whether an insert failed on a join code another board has. */
export function isBoardJoinCodeClash(error: unknown): boolean {
  return String(error).includes("boards.join_code");
}
