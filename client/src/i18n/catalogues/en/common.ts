// The common namespace in English: the pages, the start page and shared controls. Every key
// here must be in the Spanish catalogue too.
export const commonEn = {
  start: {
    tagline: "Sticky notes, four priorities, one clear result.",
    join: {
      heading: "Join with a code",
      hint: "Your facilitator shows a six-character code for your group.",
      codeLabel: "Join code",
      /** An example code, the same in every language. */
      codeExample: "K7M2QX",
      joining: "Joining…",
      join: "Join group",
      codeMissing: "Type the join code your facilitator shows, such as K7M2QX.",
      noGroup:
        "No group has the join code {{code}}. Check the code on the facilitator's screen and try again.",
      failed: "Could not join with that code: {{problem}}",
    },
    newBoard: {
      heading: "New board",
      hint: "One board for one group: you lead, the others join by link.",
      titleLabel: "Board title",
      titleExample: "e.g. LRT June",
      titleHint:
        "Optional: it names the board on every screen and in its files. You can rename it later.",
      creating: "Creating…",
      create: "New board",
      serverAnswered: "the server answered {{status}}",
      failed: "Could not create a board: {{problem}}",
    },
    newMeeting: {
      heading: "New meeting",
      hint: "Several groups, a board each, led together from one page.",
      titleLabel: "Meeting title",
      titleExample: "Spring planning",
      groupsLabel: "Groups, one per line",
      /** What the groups box holds until the facilitator changes it. */
      exampleGroups: "Group 1\nGroup 2\nGroup 3",
      agenda: "Agenda (optional)",
      agendaLabel: "Agenda, one session per line",
      agendaExample: "12:30-13:50 Group 1: Review\n14:00-15:20 Group 2",
      agendaHint:
        "Start and end (24-hour), the group, and after a colon what the session is about.",
      creating: "Creating…",
      create: "Create meeting",
      noGroups: "Name at least one group, one per line.",
      failed: "Could not create the meeting: {{problem}}",
    },
    agenda: {
      badLine:
        'Agenda line {{line}}: write it as "1:00-2:20 Group name: what it is about" or "Group name (1:00-2:20)".',
      notATime: 'Agenda line {{line}}: "{{time}}" is not a time.',
      endsBeforeStart:
        "Agenda line {{line}}: the session ends ({{end}}) before it starts ({{start}}).",
      noGroup: 'Agenda line {{line}}: there is no group "{{group}}" in the list above.',
    },
  },
  phase: {
    write: "Write",
    cluster: "Cluster",
    vote: "Vote",
    review: "Review",
  },
  language: {
    menu: "Language",
  },
  page: {
    opening: {
      board: "Opening the board…",
      groupBoard: "Opening your group's board…",
      meeting: "Opening the meeting…",
      snapshot: "Opening the snapshot…",
    },
    codeMissing: "This page could not load. Check the connection and reload.",
    goToStart: "Go to the start page",
  },
  boardPage: {
    missing: "This board does not exist. Check the link, or ask the facilitator for a new one.",
    startNew: "Start a new board",
    openAsParticipant: "Open the board as a participant",
  },
  joinCodePage: {
    typeAgain: "Go to the start page to type the code again",
  },
  joinPrompt: {
    titleNamed: "Join {{title}}",
    title: "Join the board",
    hint: "Your name goes on your notes and in the list of people here. No account, no password.",
    nameMissing: "Please enter a name, so the others know who wrote what.",
    nameLabel: "Your name",
    join: "Join",
  },
  meetingPage: {
    needsKey:
      "This page is for the meeting's facilitator and needs the facilitator link, the one that ends in #key=…. Open that link, or join your group with its code.",
    missing: "This meeting does not exist. Check that the link was copied whole.",
    failed: "The meeting cannot be shown. {{problem}}",
  },
  printPage: {
    preparing: "Preparing the printable page…",
    failed: "The printable page cannot be shown. {{problem}}",
    print: "Print or save as PDF",
    backToBoard: "Back to the board",
    backToSnapshot: "Back to the snapshot",
    asOf: "As of {{when}}",
    taken: "Snapshot taken {{when}}",
  },
  snapshotPage: {
    exportLinks: "Export this snapshot",
    exportLabel: "Export:",
    printable: "Printable page",
    taken: "Snapshot taken {{when}}",
    readOnly: "read-only",
    compare: "Compare",
    missing: "This snapshot does not exist. Check that the link was copied whole.",
    failed: "The snapshot cannot be shown. {{problem}}",
  },
  viewPage: {
    missing:
      "This view link does not work. Check that it was copied whole, or ask the facilitator for it again.",
    unreachable: "The board cannot be reached right now. Check the network, then reload this page.",
  },
  exportFormat: {
    md: "Markdown (.md)",
    csv: "Spreadsheet (.csv)",
    json: "JSON (.json)",
  },
  exportRun: {
    preparing: "Preparing the export…",
    downloaded: "Downloaded {{file}}",
    failed: "The export did not work. {{problem}}",
  },
  notices: {
    noteDeleted: "Note deleted.",
    noteInTrash: "Note moved to Deleted notes.",
    undoDelete: "Undo delete",
    dismiss: "Dismiss",
  },
  connection: {
    connecting: "Connecting…",
    connected: "Connected",
    reconnecting: "Reconnecting…",
    offline: "Offline",
    unsaved_one: "{{count}} change not yet saved",
    unsaved_other: "{{count}} changes not yet saved",
  },
  noteCount: {
    notes_one: "note",
    notes_other: "notes",
  },
  timer: {
    form: "Timer",
    minutesLabel: "Timer minutes",
    chime: "Chime",
    timeLeft: "Time left",
    timesUp: "Time's up",
    secondsLeft_one: "{{count}} second left",
    secondsLeft_other: "{{count}} seconds left",
    minutesLeft_one: "{{count}} minute left",
    minutesLeft_other: "{{count}} minutes left",
    minutesAndSecondsLeft: "{{minutes}} {{seconds}} left",
    minuteCount_one: "{{count}} minute",
    minuteCount_other: "{{count}} minutes",
    secondCount_one: "{{count}} second",
    secondCount_other: "{{count}} seconds",
  },
};
