// The state namespace in English: what the client says about syncing, saving and errors, from
// client/src/state and client/src/sync. Every key here must be in the Spanish catalogue too.
export const stateEn = {
  error: {
    /** An action that failed; `message` is the operation's own (technical) words. */
    didNotWork: "That did not work: {{message}}",
  },
  permission: {
    readOnly: "This is a read-only view",
    locked: "The board is locked",
    votingNotOpen: "Voting is not open",
    facilitatorOnly: "Only the facilitator can change this",
    controlsNotConnected: "The facilitator's controls work once the board is connected",
  },
  /** Notices after the server refused a change; `reason` is one of `server` below, or its own words. */
  refused: {
    change: "That change was not made: {{reason}}",
    vote: "That vote was not counted: {{reason}}",
    group: "{{group}} did not take that change: {{reason}}",
  },
  /** Why the server closed a board's connection for good (sync/refusals.ts). */
  connection: {
    wrongFacilitatorLink:
      "This facilitator link does not fit the board: ask for the link again, or join with the participant link",
    joiningAgain: "Joining the board again…",
    closed: "the server closed the board ({{code}})",
    lockedHeld: "The board is locked — your changes will be sent when it is unlocked",
    notSent: "{{reason}} — your last change was not sent",
    refused: "A change was refused",
  },
  /** The server's refusal reasons, as it words them in English; lower case, no full stop. */
  server: {
    locked: "the board is locked",
    votingClosed: "voting is closed",
    readOnlyLink: "this link is read-only",
    facilitatorOnly: "only the facilitator can change this",
    facilitatorOnlyTitle: "only the facilitator can change the board's title",
    restoreOwnOnly: "only its author or the facilitator can restore a deleted note",
    boardFull: "board is full ({{size}})",
    storageFailed: "storage failed, try again",
    boardDamaged: "board is read-only: its stored data is damaged",
    overBudget: "vote budget exceeded: {{used}} of {{budget}}",
    overBudgetInPriority: "vote budget exceeded in a priority: {{used}} of {{budget}}",
    refusedChange: "the server refused a change",
  },
  /** Completes "Could not change the name: …". */
  name: {
    boardNotOpen: "the board is not open",
    error: "error {{status}}",
  },
  note: {
    /** Names an empty note's controls ("Move note: empty note"). */
    empty: "empty note",
  },
  /** Announcements after grouping and moving, for screen readers. */
  cluster: {
    untitled: "Untitled cluster",
    draftsStayApart:
      "Private notes can be grouped once the facilitator reveals them: they are not on the board yet",
    /** Stands in for a lane's title when the lane is gone. */
    theLane: "the lane",
    noteJoined: "“{{note}}” is in cluster “{{cluster}}”, {{lane}}.",
    noteMoved: "“{{note}}” moved to {{lane}}.",
    noteMovedOut: "“{{note}}” moved to {{lane}}, out of its cluster.",
    noteLeft: "“{{note}}” is out of cluster “{{cluster}}”, still in {{lane}}.",
    grouped: "“{{note}}” and “{{target}}” are grouped in a new cluster “{{cluster}}”, {{lane}}.",
    moved_one: "Cluster “{{cluster}}” moved to {{lane}} with its note.",
    moved_other: "Cluster “{{cluster}}” moved to {{lane}} with its {{count, number}} notes.",
    renamed: "Cluster “{{cluster}}” is now “{{title}}”.",
    dissolved_one: "Cluster “{{cluster}}” dissolved; its note stays in {{lane}}.",
    dissolved_other:
      "Cluster “{{cluster}}” dissolved; its {{count, number}} notes stay in {{lane}}.",
  },
  vote: {
    notConnected: "Your votes can be placed once you are connected to the board",
    loading: "Your votes are still loading — try again in a moment",
    noteGone: "That note is no longer on the board",
    draft: "Private notes can be voted on once they are revealed",
    overBudget: "You have more votes than the facilitator now allows: take some back first",
    allUsedInPriority: "You have used all your votes in this priority",
    allUsed: "You have used all your votes",
  },
  publish: {
    failed_one:
      "{{count, number}} private note could not be added to the board; they stay on this laptop.",
    failed_other:
      "{{count, number}} private notes could not be added to the board; they stay on this laptop.",
  },
  http: {
    /**
     * What the server's error codes mean, for a page not in English (the server writes its
     * messages in English, which an English page shows as they come).
     */
    code: {
      "unknown-board": "This board does not exist. Check the link.",
      "unknown-meeting": "This meeting does not exist. Check the link.",
      "unknown-snapshot": "This snapshot does not exist any more.",
      "unknown-view": "This view link does not work. Ask the facilitator for it again.",
      "unknown-code": "No group has that join code. Check the code on the screen.",
      "malformed-code": "A join code has six letters and numbers.",
      "too-many-codes": "Too many wrong codes were tried from here. Wait a minute, then try again.",
      "board-full": "The board is full: it cannot hold more. Delete notes, or start a new board.",
      "too-many-snapshots": "This board has as many snapshots as it can keep.",
      "too-many-snapshots-this-hour": "Too many snapshots this hour. Wait a while, then try again.",
      "too-many-participants": "This board has as many people as it can take.",
      "storage-failed": "The server could not save. Nothing was changed; try again in a moment.",
      "board-damaged":
        "This board's saved copy is damaged, so it cannot be changed. Tell whoever runs the server.",
      "empty-import": "There is nothing to import: paste or upload the meeting notes first.",
      "invalid-import": "The notes could not be imported.",
      "invalid-import-line": "The notes could not be imported: line {{line}} cannot be read.",
      "invalid-body": "The server could not accept what was sent. Check the fields and try again.",
      "body-too-large": "That is too much at once: split it into smaller parts.",
    },
    /** `action` is one of `http.action`. */
    facilitatorOnly:
      "Only the facilitator can {{action}}: open the board with the facilitator link.",
    notFound: "This board or snapshot does not exist any more.",
    tooLarge: "That is too much at once: split it into smaller parts.",
    serverProblem: "The server had a problem. Try again in a moment.",
    serverAnswered: "The server answered {{status}}.",
    unreadable: "The server sent something this page cannot read.",
    unreachable: "The server cannot be reached right now. Check the network, then try again.",
    somethingWrong: "Something went wrong. Try again.",
    /** Each completes "Only the facilitator can …". */
    action: {
      exportHiddenVotes: "export with hidden votes",
      importNotes: "import notes",
      createMeeting: "create a meeting",
      seeMeeting: "see this meeting",
      join: "join",
      changeTemplate: "change the template",
      seeSnapshots: "see the snapshots",
      takeSnapshots: "take snapshots",
      restoreSnapshots: "restore snapshots",
      seeSnapshot: "see this snapshot",
      seeBoard: "see this board",
    },
  },
  /** "Added 23 notes in 4 priorities; 5 lines were not notes:" */
  import: {
    priorities_one: "{{count, number}} priority",
    priorities_other: "{{count, number}} priorities",
    clusters_one: "{{count, number}} cluster",
    clusters_other: "{{count, number}} clusters",
    added_one: "Added {{count, number}} note in {{priorities}}",
    added_other: "Added {{count, number}} notes in {{priorities}}",
    addedWithClusters_one: "Added {{count, number}} note and {{clusters}} in {{priorities}}",
    addedWithClusters_other: "Added {{count, number}} notes and {{clusters}} in {{priorities}}",
    done: "{{added}}.",
    skipped_one: "{{added}}; {{count, number}} line was not a note:",
    skipped_other: "{{added}}; {{count, number}} lines were not notes:",
  },
  /** What a change for all of a meeting's groups did: "Locked: all 3 groups." */
  meeting: {
    outcomeAll_one: "{{done}}: the group.",
    outcomeAll_other: "{{done}}: all {{count, number}} groups.",
    /** `count` is how many groups were missed, `names` names them. */
    outcomeMissed_one:
      "{{done}}: {{reached, number}} of {{total, number}} groups. {{names}} is not connected yet; try again in a moment.",
    outcomeMissed_other:
      "{{done}}: {{reached, number}} of {{total, number}} groups. {{names}} are not connected yet; try again in a moment.",
    /** "A, B and C": the last two group names joined. */
    namesAnd: "{{rest}} and {{last}}",
    setPhase: "Set to {{phase}}",
    locked: "Locked",
    unlocked: "Unlocked",
    timerStarted: "Timer of {{minutes, number}} min started",
    timersStopped: "Timers stopped",
  },
  snapshot: {
    /** Names a facilitator usually gives, offered as suggestions. */
    suggestion: {
      afterGroups: "After small groups",
      endOfMeeting: "End of meeting",
    },
    nameMissing: "Give the snapshot a name, such as “{{example}}”.",
    nameTooLong: "Keep the name to {{max, number}} characters or fewer.",
    /** Stands in for a snapshot's date when it cannot be read ("Snapshot taken …"). */
    unknownTime: "at an unknown time",
  },
  download: {
    /** A downloaded file's name when the board's title leaves nothing usable. */
    fileName: "board",
  },
};
