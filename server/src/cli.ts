// `pnpm roundtable export <boardId|meetingId> [--format md|csv|json] [--tz ZONE] [--lang en|es]
// [--votes] [--merge]`: a
// board's or a meeting's export for scripts, read from the same SQLite file as the server (it
// may be running: reads are safe). `backup <file>`, `restore <file>` and `check`: the database's
// backups and its health, see storage/backups.ts and storage/storageCheck.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_LANGUAGE,
  DEFAULT_TIME_ZONE,
  isLanguage,
  isTimeZone,
  LANGUAGES,
} from "@roundtable/shared";
import { readConfig } from "./config";
import { BOARD_RENDERERS, boardSnapshot, isExportFormat, storedBoards } from "./exports";
import { MEETING_RENDERERS, meetingSnapshot } from "./meetings/meetingSnapshot";
import { BackupRefused, backupTo, restoreFrom } from "./storage/backups";
import { SqliteStorage } from "./storage/sqlite";
import { checkStorage, describeReport } from "./storage/storageCheck";

const usage = `Usage: pnpm roundtable export <boardId|meetingId> [--format md|csv|json] [--tz ZONE] [--lang en|es] [--output FILE] [--votes] [--merge] [--data-dir DIR]
       pnpm roundtable backup <file> [--data-dir DIR]    a consistent copy, also while the server runs
       pnpm roundtable restore <file> [--data-dir DIR]   puts a backup back (the server stopped)
       pnpm roundtable check [--data-dir DIR]            every stored document loads? exit 1 if not

  --format    md, csv or json (default md)
  --tz        the IANA time zone of the times in the export, e.g. Europe/Paris (default UTC)
  --lang      the language of the export's own words ("Exported", "3 votes"): en or es (default en)
  --output    write the export to FILE instead of standard output
  --votes     include vote totals even if the facilitator has not revealed them
  --merge     for a meeting: merge clusters with the same title across groups
  --data-dir  the folder of roundtable.db (default: DATA_DIR, else ./data)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const [command, boardId, ...extra] = positionals;
  if (command === "backup" || command === "restore" || command === "check") {
    await storageCommand(command, positionals.slice(1), values["data-dir"]);
    return;
  }
  if (command !== "export") fail(command ? `unknown command "${command}"` : "no command given");
  if (!boardId || extra.length > 0) fail("give exactly one board or meeting id");
  const format = values.format ?? "md";
  if (!isExportFormat(format)) fail(`unknown format "${format}"`);
  const timeZone = values.tz ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone))
    fail(`unknown time zone "${timeZone}" (use an IANA name such as Europe/Paris)`);
  const language = values.lang ?? DEFAULT_LANGUAGE;
  if (!isLanguage(language)) fail(`unknown language "${language}" (use ${LANGUAGES.join(" or ")})`);
  const options = { timeZone, language };
  const dataDir = values["data-dir"] ?? readConfig().dataDir;
  // No checkpoint thread: this process only reads.
  const storage = new SqliteStorage(dataDir, { checkpointIntervalMs: 0 });
  try {
    const board = storage.getBoard(boardId);
    const meeting = board ? undefined : storage.getMeeting(boardId);
    const withHiddenVotes = values.votes === true;
    const reader = storedBoards(storage);
    // Scripts get the text itself, without the byte-order mark the download carries for Excel.
    let text: string;
    if (board) {
      text = BOARD_RENDERERS[format](boardSnapshot(reader, board, withHiddenVotes), options);
    } else if (meeting) {
      const mergeClusters = values.merge === true;
      const snapshot = meetingSnapshot(reader, storage, meeting, {
        withHiddenVotes,
        mergeClusters,
      });
      text = MEETING_RENDERERS[format](snapshot, options);
    } else {
      process.stderr.write(`No board or meeting "${boardId}" in ${storage.file}\n`);
      process.exitCode = 1;
      return;
    }
    if (values.output)
      writeFileSync(path.resolve(process.env.INIT_CWD ?? ".", values.output), text);
    else process.stdout.write(text);
  } finally {
    void storage.close();
  }
}

/** `backup`, `restore` and `check`: exit 1 when refused, failed or damage was found. */
async function storageCommand(
  command: "backup" | "restore" | "check",
  args: string[],
  dataDirOption: string | undefined,
): Promise<void> {
  const dataDir = dataDirOption ?? readConfig().dataDir;
  if (command === "check") {
    if (args.length > 0) fail("check takes no file");
    const storage = new SqliteStorage(dataDir, { checkpointIntervalMs: 0 });
    try {
      const report = checkStorage(storage);
      process.stdout.write(describeReport(report));
      if (report.damaged.length > 0 || report.fileProblems.length > 0) process.exitCode = 1;
    } finally {
      await storage.close();
    }
    return;
  }
  const [file, ...extra] = args;
  if (!file || extra.length > 0) fail(`give exactly one file to ${command}`);
  const resolved = path.resolve(process.env.INIT_CWD ?? ".", file);
  try {
    if (command === "backup") {
      await backupTo(dataDir, resolved);
      process.stdout.write(`Backup written to ${resolved}\n`);
    } else {
      const keptAs = await restoreFrom(dataDir, resolved);
      process.stdout.write(
        `Restored ${resolved} into ${dataDir}${keptAs ? `; the database it replaced is kept as ${keptAs}` : ""}\n`,
      );
    }
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      tz: { type: "string" },
      lang: { type: "string" },
      output: { type: "string", short: "o" },
      votes: { type: "boolean" },
      merge: { type: "boolean" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

await main(process.argv.slice(2));
