export type { SessionTimes, TimesResult } from "./agenda/sessionTimes";
export { normalizeTime, sessionTimes, splitAgendaLine } from "./agenda/sessionTimes";
export type { BoardState, BoardSummary } from "./board";
export {
  clustersInLane,
  DEFAULT_BOARD_TITLE,
  notesInCluster,
  notesInLane,
  orderLanes,
  placeCluster,
  placeNote,
  readBoard,
  readBoardTitle,
  readCreatedAt,
  readLanes,
  readSchemaVersion,
  summarizeBoard,
} from "./board";
export type { InitBoardInput } from "./boardOps";
export { initBoard, renameBoard, setBoardTitle } from "./boardOps";
export type { Cluster } from "./cluster";
export { DEFAULT_CLUSTER_TITLE, readCluster } from "./cluster";
export type { NotePlace } from "./clusterMoves";
export {
  dropClusterIfEmpty,
  groupNotes,
  joinCluster,
  leaveCluster,
  moveNoteTo,
} from "./clusterMoves";
export type { CreateClusterInput, MoveClusterInput } from "./clusterOps";
export {
  addNoteToCluster,
  createCluster,
  dissolveCluster,
  moveCluster,
  removeNoteFromCluster,
  renameCluster,
} from "./clusterOps";
export type { BoardChanges, CompareOptions, MoveDirection, SnapshotChanges } from "./compare";
export { compareBoards, compareSnapshots, lanesByRank } from "./compare";
export type { ControlState, Phase, Timer, VoteSettings } from "./control";
export {
  CONTROL_FIELDS,
  CONTROL_ROOT_NAMES,
  controlMap,
  DEFAULT_VOTE_BUDGET,
  isPhase,
  isVoteBudget,
  MAX_TIMER_MINUTES,
  MAX_VOTE_BUDGET,
  PHASE_NAMES,
  PHASES,
  peopleMap,
  readControl,
  setLocked,
  setPhase,
  setPrivateWriting,
  setVoteSettings,
  setVotesRevealed,
  startTimer,
  stopTimer,
  timeLeft,
  totalsMap,
  votingMap,
} from "./control";
export type { Origin, RecordMap, RootName } from "./doc";
export {
  CLUSTER_FIELDS,
  clustersMap,
  glossaryMap,
  isOrigin,
  isRootName,
  LANE_FIELDS,
  lanesMap,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  notesMap,
  ORIGINS,
  ROOT_NAMES,
  STEP_FIELDS,
  stepsMap,
  TRASH_FIELDS,
  trashMap,
} from "./doc";
export { controlDocName, votesDocName, votesDocPrefix } from "./docNames";
export type { BoardOpErrorCode } from "./errors";
export { BoardOpError, isBoardOpError } from "./errors";
export { CSV_COLUMNS, snapshotToCsv } from "./export/csv";
export type { ExportOptions } from "./export/exportTime";
export {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_TIME_ZONE,
  isTimeZone,
  readableTime,
} from "./export/exportTime";
export type { FileFormat } from "./export/fileName";
export { exportFileName } from "./export/fileName";
export type { LabelledItem } from "./export/itemLabels";
export { itemLabel, MAX_ITEM_LABEL } from "./export/itemLabels";
export type { ItemRef, OrderedSnapshot } from "./export/json";
export { snapshotInRoomOrder, snapshotToJson } from "./export/json";
export { snapshotToMarkdown } from "./export/markdown";
export { printableGlossary, printableLanes, printableSteps } from "./export/printable";
export type { Ranked } from "./export/ranking";
export { rankItems, scoreOf } from "./export/ranking";
export type { RoomItem, RoomLane } from "./export/roomOrder";
export { laneInRoomOrder, lanesInRoomOrder, noteSequence, roomOrder } from "./export/roomOrder";
export type { StepRow } from "./export/steps";
export { stepRows } from "./export/steps";
export {
  GLOSSARY_CSV_COLUMNS,
  STEPS_CSV_COLUMNS,
  snapshotGlossaryToCsv,
  snapshotStepsToCsv,
} from "./export/stepsCsv";
export type { GlossaryEntry } from "./glossary/acronyms";
export { acronymOf, acronymsIn, undefinedAcronyms } from "./glossary/acronyms";
export {
  defineTerm,
  glossaryEntries,
  MAX_MEANING,
  MAX_TERM,
  MAX_TERMS,
  readGlossary,
} from "./glossary/glossary";
export type { Position } from "./guards";
export { catalogueGaps, leafPaths } from "./i18n/catalogueKeys";
export type { CatalogueLike } from "./i18n/catalogues/en";
export { defaultBoardTitleIn, defaultLanesIn } from "./i18n/defaults";
export type { Language } from "./i18n/languages";
export {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  pickLanguage,
} from "./i18n/languages";
export type { Words } from "./i18n/translate";
export { SHARED_CATALOGUES, SHARED_NAMESPACE, sharedWords } from "./i18n/translate";
export {
  BOARD_ID_PATTERN,
  isValidBoardId,
  isValidRecordId,
  newId,
  RECORD_ID_PATTERN,
} from "./ids";
export type { ApplyImportOptions, ImportResult } from "./import/applyImport";
export { applyImport } from "./import/applyImport";
export { parseJsonExport } from "./import/jsonExport";
export { parseMeetingNotes } from "./import/meetingNotes";
export type {
  ImportedCluster,
  ImportedLane,
  ImportedNote,
  ImportedStep,
  ImportedTerm,
  ImportFailure,
  ImportPlan,
} from "./import/plan";
export { importedNames, MAX_IMPORT_NOTES } from "./import/plan";
export type { Lane } from "./lane";
export { DEFAULT_LANES, defaultLane, INBOX_LANE_ID, readLane } from "./lane";
export type { RenameLaneInput } from "./laneOps";
export { renameLane } from "./laneOps";
export type {
  CombineInput,
  MeetingCluster,
  MeetingGroupSnapshot,
  MeetingLane,
  MeetingLaneTemplate,
  MeetingNote,
  MeetingSnapshot,
  MeetingStep,
} from "./meeting/combine";
export { combineMeeting, MEETING_SCHEMA_VERSION, meetingToJson } from "./meeting/combine";
export {
  MEETING_CSV_COLUMNS,
  MEETING_STEPS_CSV_COLUMNS,
  meetingGlossaryToCsv,
  meetingStepsToCsv,
  meetingToCsv,
} from "./meeting/csv";
export { meetingExportFileName } from "./meeting/fileName";
export { meetingToMarkdown } from "./meeting/markdown";
export type { Migration } from "./migrations";
export { MIGRATIONS, migrateBoard, pendingMigrations, SCHEMA_VERSION } from "./migrations";
export type { Note, NoteColor } from "./note";
export {
  DEFAULT_NOTE_COLOR,
  isNoteColor,
  MAX_AUTHOR,
  MAX_NOTE_TEXT,
  NOTE_COLOR_NAMES,
  NOTE_COLORS,
  readNote,
  readNoteText,
  readPriorVotes,
} from "./note";
export type { AddNoteInput, MoveNoteInput } from "./noteOps";
export { addNote, deleteNote, moveNote, setNoteColor } from "./noteOps";
export { deleteNoteText, editNoteText, insertNoteText } from "./noteTextOps";
export type { Orderable, Placement } from "./order";
export {
  compareByOrder,
  isValidOrderKey,
  orderAtEnd,
  orderBetween,
  ordersAtEnd,
  placeAt,
} from "./order";
export { followContinues, MAX_SERIES } from "./progress/chain";
export type {
  Progress,
  ProgressBoard,
  ProgressItem,
  ProgressMove,
  ProgressVotes,
  SeriesRow,
} from "./progress/progress";
export { boardProgress, seriesRow } from "./progress/progress";
export type { StepCounts, StepLists, StepRef } from "./progress/stepProgress";
export { carriedSteps, countSteps, stepState } from "./progress/stepProgress";
export { dayIn } from "./progress/today";
export type {
  Snapshot,
  SnapshotCluster,
  SnapshotInput,
  SnapshotLane,
  SnapshotNote,
  SnapshotStep,
  SnapshotTerm,
} from "./snapshot";
export {
  SNAPSHOT_SCHEMA_VERSION,
  snapshotBoard,
  snapshotGlossary,
  snapshotSteps,
} from "./snapshot";
export type { RestoreSnapshotResult } from "./snapshotRestore";
export { restoreSnapshot } from "./snapshotRestore";
export type { Step } from "./steps/step";
export {
  isOverdue,
  isStepDate,
  localDay,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
  readStep,
  readSteps,
} from "./steps/step";
export type { StepInput, StepPatch } from "./steps/stepOps";
export { addStep, removeStep, setStepDone, updateStep } from "./steps/stepOps";
export { MAX_SUBTITLE, MAX_TITLE, textLength } from "./text";
export type { Restorer, TrashEntry } from "./trash";
export { mayRestore, readTrash, readTrashEntry, TRASH_KEEP_MS, trashEntryAuthor } from "./trash";
export type { RestoredNote, TrashInput } from "./trashOps";
export { purgeTrash, restoreNote } from "./trashOps";
export type { VoteUsage } from "./voteBudget";
export { countedVotes, sumCountedVotes, votesOverBudget, voteUsage } from "./voteBudget";
export type { VoteCheck } from "./votes";
export {
  castVote,
  checkVotes,
  isVoteCount,
  rawVotes,
  readVotes,
  retractVote,
  VOTES_ROOT_NAMES,
  votesLeft,
  votesMap,
} from "./votes";
