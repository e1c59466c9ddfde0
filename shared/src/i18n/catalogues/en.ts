// The words Roundtable writes into boards and exports, in English. Every key here must be in
// every other catalogue too (catalogues.test.ts).
export const sharedEn = {
  board: {
    untitled: "Untitled board",
  },
  meeting: {
    untitled: "Untitled meeting",
  },
  lanes: {
    inbox: { title: "Unsorted", subtitle: "New ideas land here" },
    p1: { title: "Priority one", subtitle: "Do first" },
    p2: { title: "Priority two", subtitle: "Do next" },
    p3: { title: "Priority three", subtitle: "Later" },
    p4: { title: "Priority four", subtitle: "Someday" },
  },
  // What the Markdown, CSV and JSON exports write besides the board's own words. The importer
  // reads "(N votes)" back in every language (export/markdownText.ts knows each one's words).
  export: {
    exported: "Exported {{time}}",
    votes_one: "{{count}} vote",
    votes_other: "{{count}} votes",
    untitledCluster: "Untitled cluster",
    groups_one: "{{count}} group",
    groups_other: "{{count}} groups",
    // The last two of a list, as in "A, B and C"; `andBeforeI` before a word starting with the
    // sound "i" (Spanish writes "e" there, not "y").
    and: "{{first}} and {{last}}",
    andBeforeI: "{{first}} and {{last}}",
    // Words in file names (made ASCII): a board whose title has no letters to keep, a meeting's
    // likewise, and what tells a meeting's combined export apart.
    boardFile: "board",
    meetingFile: "meeting",
    allGroupsFile: "all groups",
    // The sections after the lanes: the next steps as a table, the glossary as a list. The
    // importer reads the headings, the column names and yes/no back in every language. The
    // headings are also the words the steps' and glossary's CSV file names end in.
    nextSteps: "Next steps",
    glossary: "Glossary",
    stepWhat: "What",
    stepWho: "Who",
    stepDue: "By when",
    stepMeasure: "How we'll know",
    stepDone: "Done",
    // The note or cluster a step follows from.
    stepFor: "For",
    // A meeting's combined export: which group's board the step is on.
    stepGroup: "Group",
    yes: "yes",
    no: "no",
  },
  // Names of the snapshots the server takes before changing a board; `time` is "HH:MM".
  snapshots: {
    beforeImport: "Before import {{time}}",
    beforeRestore: "Before restore {{time}}",
  },
  /** The export's section on what changed since the board a board continues. */
  progress: {
    sinceLastTime: "Since last time",
    comparedWith: "Compared with {{title}}",
    stepsDone: "Next steps done since",
    stepsOpen: "Next steps still open",
    stepsOverdue: "Next steps overdue",
    prioritiesNew: "New",
    movedUp: "Moved up",
    movedDown: "Moved down",
    dropped: "Dropped",
    votesChanged: "Votes changed",
    none: "none",
    seriesDate: "Date",
    seriesBoard: "Board",
    seriesNotes: "Notes",
    seriesDone: "Steps done",
    seriesOpen: "Steps open",
    seriesOverdue: "Steps overdue",
  },
};

/** The shape every language's shared catalogue has: English's keys, any words. */
export type SharedCatalogue = CatalogueLike<typeof sharedEn>;

/**
 * A catalogue with the keys of `T` (English), any words, and room for the plural forms another
 * language has and English does not (Spanish "_many").
 */
export type CatalogueLike<T> = {
  [K in keyof T]: T[K] extends string ? string : CatalogueLike<T[K]>;
} & { [pluralForm: string]: unknown };
