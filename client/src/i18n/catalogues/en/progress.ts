// The progress namespace in English: continuing an earlier board or meeting, "Since last time",
// and the printable page's next steps and glossary. Every key here must be in the Spanish
// catalogue too.
export const progressEn = {
  /** "Continue from (link or id)" on the New board and New meeting cards. */
  continueFrom: {
    label: "Continue from (link or id)",
    example: {
      board: "Link or id of the last board",
      meeting: "Link or id of the last meeting",
    },
    hint: {
      board:
        "Optional: the board of the meeting before. Its open next steps come over, and the priorities keep their names.",
      meeting:
        "Optional: the meeting before. Each group continues the group of the same name, with its open next steps.",
    },
    carryNotes: "Bring the last result's notes into Unsorted to re-sort",
    unknown: {
      board:
        "No board has this link or id. Check it, or leave the field empty to start a board afresh.",
      meeting:
        "No meeting has this link or id. Check it, or leave the field empty to start a meeting afresh.",
    },
    problem: {
      board: {
        notALinkOrId:
          "This is not a board's link or id. Paste the link of the last board (it has /b/ in it) or its id.",
        meetingLink:
          "This is a meeting's link. To follow up a whole meeting, use New meeting; to follow up one group, paste that group's board link (with /b/).",
        boardLink: "This board link cannot be read. Copy it again from the board's address bar.",
        viewLink:
          "A view link does not say which board it shows. Paste the board's own link (with /b/): the facilitator link or the join link.",
        snapshotLink: "This is a snapshot's link. Paste the board's own link (with /b/) instead.",
        joinCode: "This is a join code. Paste the board's link (with /b/) or its id instead.",
      },
      meeting: {
        notALinkOrId:
          "This is not a meeting's link or id. Paste the link of the last meeting (it has /m/ in it) or its id.",
        meetingLink:
          "This meeting link cannot be read. Copy it again from the meeting page's address bar.",
        boardLink:
          "This is a board's link. To follow up one board, use New board; to follow up a meeting, paste the meeting's link (with /m/).",
        viewLink:
          "A view link does not say which meeting it belongs to. Paste the meeting's link (with /m/) instead.",
        snapshotLink: "This is a snapshot's link. Paste the meeting's link (with /m/) instead.",
        joinCode:
          "This is a group's join code. Paste the meeting's link (with /m/) or its id instead.",
      },
    },
  },
  /** The view of what changed since the board this one continues. */
  sinceLastTime: {
    button: "Since last time",
    title: "Since last time",
    close: "Close since last time",
    loading: "Looking at what changed since last time…",
    failed: "Could not load what changed: {{problem}}",
    retry: "Try again",
    notContinued: "This board does not continue another one.",
    notContinuedHint:
      "To follow up this meeting next time, start the next board from the start page with this board's link in “Continue from (link or id)”. This view then shows what changed.",
    comparedWith: "Compared with {{title}}, the board this one continues.",
  },
  steps: {
    heading: "Next steps from last time",
    done: "Done since",
    open: "Still open",
    overdue: "Overdue",
    none: "None.",
    noneCarried:
      "No open next steps came over from last time. Next steps written on this board show here next time.",
    who: "Who: {{owner}}",
    due: "By when: {{date}}",
  },
  priorities: {
    heading: "Priorities",
    new: "New",
    movedUp: "Moved up",
    movedDown: "Moved down",
    dropped: "Dropped",
    none: "None.",
    same: "The priorities are the same as last time.",
    inLane: "in {{lane}}",
    wasIn: "was in {{lane}}",
    moved: "from {{from}} to {{to}}",
  },
  votes: {
    heading: "Votes changed",
    none: "No changes in votes to show. Votes show here once they are revealed on both boards.",
    change: "votes: {{before}} → {{after}}",
  },
  series: {
    heading: "The series",
    hint: "One row per meeting, oldest first, this board last. Copy the table into a report or an email.",
    caption: "Meetings in this series",
    copy: "Copy table",
    copied: "Table copied.",
    copyFailed: "Could not copy. Select the table and copy it by hand.",
    column: {
      date: "Date",
      board: "Board",
      notes: "Notes",
      done: "Steps done",
      open: "Steps open",
      overdue: "Steps overdue",
    },
  },
  /** The printable page's last pages. */
  print: {
    nextSteps: "Next steps",
    column: {
      what: "What",
      who: "Who",
      due: "By when",
      measure: "How we'll know",
      done: "Done",
      item: "For",
    },
    isDone: "Done",
    glossary: "Glossary",
  },
};
