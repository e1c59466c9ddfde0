import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SqliteStorage } from "./sqlite";

export const DB_FILE = "roundtable.db";

/** Why a backup or restore did not happen; nothing was changed. */
export class BackupRefused extends Error {}

/**
 * Writes a consistent copy of DATA_DIR's database to `file` (which must not exist yet) while a
 * server may keep writing: SQLite's online backup, from a connection of its own.
 */
export async function backupTo(dataDir: string, file: string): Promise<void> {
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new BackupRefused(`no database in ${dataDir}`);
  }
  if (fs.existsSync(file)) throw new BackupRefused(`${file} exists already; choose a new name`);
  const storage = new SqliteStorage(dataDir, { checkpointIntervalMs: 0 });
  try {
    await storage.backup(file);
  } finally {
    await storage.close();
  }
  verifyBackup(file);
}

/**
 * Puts the backup `file` back as DATA_DIR's database. Refused while any program (a running
 * server) has the database open: SQLite's own lock says so, since an exclusive lock is only
 * granted when no other connection holds the file. The database it replaces is kept beside
 * it as `roundtable.db.before-restore-<time>`. Answers that file's path, or null.
 */
export async function restoreFrom(
  dataDir: string,
  file: string,
  now = new Date(),
): Promise<string | null> {
  if (!fs.existsSync(file)) throw new BackupRefused(`no file ${file}`);
  verifyBackup(file);
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, DB_FILE);
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    releaseIfUnused(target);
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(target, keptAs);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  }
  const partial = `${target}.restoring`;
  fs.rmSync(partial, { force: true });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  fs.renameSync(partial, target);
  return keptAs;
}

/**
 * Takes the database's exclusive lock and lets go, folding its write-ahead log into the file on
 * the way; throws BackupRefused when another connection has it open.
 */
function releaseIfUnused(target: string): void {
  const db = new Database(target, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("locking_mode = EXCLUSIVE");
    try {
      db.exec("BEGIN EXCLUSIVE");
    } catch (error) {
      if ((error as { code?: unknown }).code === "SQLITE_BUSY") {
        throw new BackupRefused(
          `${target} is open in another program (a running server?): stop it before restoring`,
        );
      }
      throw error;
    }
    db.exec("COMMIT");
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

/** A readable Roundtable database, or BackupRefused. */
function verifyBackup(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused(`${file} is not a database: ${String(error)}`);
  }
  try {
    const check = db.pragma("quick_check", { simple: true });
    const boards = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'boards'")
      .get();
    if (check !== "ok" || !boards)
      throw new BackupRefused(`${file} is not a sound Roundtable database`);
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`${file} is not a sound Roundtable database: ${String(error)}`);
  } finally {
    db.close();
  }
}
