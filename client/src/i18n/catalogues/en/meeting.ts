// The meeting namespace in English: the facilitator's meeting page and the room's screen.
// Every key here must be in the Spanish catalogue too.
export const meetingEn = {
  header: {
    groups_one: "{{count}} group",
    groups_other: "{{count}} groups",
    allConnected: "All groups connected",
    // English says "groups" for any total; the plural lets other languages agree with it.
    someConnected_one: "{{connected}} of {{count}} groups connected",
    someConnected_other: "{{connected}} of {{count}} groups connected",
    showJoinCodes: "Show join codes",
  },
  controls: {
    label: "Controls for all groups",
    phaseForAll: "Phase for all groups",
    // Read before the phase's name: "Set all groups to Write".
    setAllTo: "Set all groups to",
    lockAll: "Lock all groups",
    unlockAll: "Unlock all groups",
    startTimer: "Start timer for all groups",
    stopTimers: "Stop all timers",
  },
  agenda: {
    heading: "Agenda",
    untitledSession: "Session",
    now: "Now",
  },
  connection: {
    connecting: "Connecting…",
    connected: "Connected",
    reconnecting: "Reconnecting…",
    offline: "Offline",
  },
  groupCard: {
    code: "Code",
    notes_one: "{{count}} note",
    notes_other: "{{count}} notes",
    timeLeft: "Time left in {{name}}",
    // The phase's name shows; the word around it is heard only.
    phase: "{{phase}}<hidden> phase</hidden>",
    locked: "Locked",
    open: "Open",
    hereNow_one: "{{count}} here now",
    hereNow_other: "{{count}} here now",
    nobodyYet: "Nobody has joined yet.",
    notesPerPerson: "Notes per person",
    anonymous: "Anonymous",
    priorities: "Priorities",
    notesPerPriority: "Notes per priority",
    people: "People",
    latestNotes: "Latest notes",
    noNotes: "No notes yet.",
    openBoard: "Open {{name}} board",
  },
  join: {
    joinAt: "Join at {{address}}",
    joinAtHeading: "Join at <address>{{address}}</address>",
    joinCode: "Join code:",
    qrCode: "QR code to join {{name}}",
    howTo: "Open the address on a laptop or phone and type your group's code, or scan its QR code.",
    screenHint: "Open the address and type your group's code, or scan its QR code with a phone.",
    hideCodes: "Hide join codes",
  },
  results: {
    export: "Export results",
    hint: "One file with every group's notes by priority, vote totals included even while hidden.",
    mergeClusters: "Merge clusters with the same title",
  },
  template: {
    heading: "Template for all groups",
    intro:
      "Lane names and votes for every group's board. Applying changes the boards at once, also on the laptops that have them open.",
    lanes: {
      inbox: { title: "Inbox title", subtitle: "Inbox subtitle" },
      p1: { title: "First priority title", subtitle: "First priority subtitle" },
      p2: { title: "Second priority title", subtitle: "Second priority subtitle" },
      p3: { title: "Third priority title", subtitle: "Third priority subtitle" },
      p4: { title: "Fourth priority title", subtitle: "Fourth priority subtitle" },
    },
    /** A lane the form does not know by its id, named by its title. */
    otherLane: { title: "{{name}} title", subtitle: "{{name}} subtitle" },
    votesPerPerson: "Votes per person",
    perPriority: "Per priority",
    apply: "Apply to all groups",
    applying: "Applying…",
    needsTitle: "Every lane needs a title.",
    budgetRange: "Votes per person is a whole number from 1 to {{max}}.",
    nothingToApply: "Nothing to apply: every group has this template already.",
    applied_one: "Applied to {{count}} group.",
    applied_other: "Applied to {{count}} groups.",
    notApplied: "Not applied: {{problem}}",
  },
  room: {
    joinBoard: "Join this board",
    cluster: "Cluster: {{name}}",
    spotlight: "Spotlight",
    spotlightLane: "Spotlight {{title}}",
    spotlightCluster: "Spotlight Cluster: {{name}}",
    stopSpotlight: "Stop spotlight",
    // Heard after a lane's count; English has always said "notes", even for one.
    laneNotes_one: "notes",
    laneNotes_other: "notes",
  },
};
