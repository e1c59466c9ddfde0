// The snapshot namespace in English: snapshots, comparing two, and the printable page. Every
// key here must be in the Spanish catalogue too.
export const snapshotEn = {
  untitledCluster: "Untitled cluster",
  cluster: "Cluster: {{name}}",
  votes_one: "{{count}} vote",
  votes_other: "{{count}} votes",
  summary: {
    notes_one: "{{count}} note",
    notes_other: "{{count}} notes",
    priorities_one: "{{count}} priority",
    priorities_other: "{{count}} priorities",
    // "23 notes in 4 priorities", then ", 5 unsorted" when the inbox holds some.
    main: "{{notes}} in {{priorities}}",
    withUnsorted: "{{main}}, {{unsorted}} unsorted",
  },
  print: {
    noNotes: "No notes.",
  },
  compare: {
    onlySnapshot: "This is the board’s only snapshot: take another to compare the two.",
    with: "Compare with",
    choose: "Choose a snapshot…",
    unknownTime: "at an unknown time",
    comparing: "Comparing…",
    failed: "The comparison cannot be shown. {{problem}}",
    heading: "Changes from “{{before}}” to “{{after}}”",
  },
  changes: {
    added: { title: "New notes", none: "No notes were added." },
    moved: { title: "Moved between priorities", none: "No note changed priority." },
    removed: { title: "Removed", none: "No notes were removed." },
    votes: { title: "Votes changed", none: "No vote totals changed." },
    hidden: "hidden",
    emptyNote: "(empty note)",
  },
};
