// The board namespace in English: the lanes, notes, clusters, voting on them, moving them
// (drag and drop, the keyboard, "Move to…") and the phase bar. Every key here must be in the
// Spanish catalogue too.
export const boardEn = {
  skipToBoard: "Skip to the board",
  lane: {
    addNote: "Add note",
    addNoteTo: "Add note to {{lane}}",
    rename: "Rename {{lane}}",
    title: "Title",
    subtitle: "Subtitle",
    save: "Save",
    tabsNav: "Lanes",
    tabsList: "Priorities",
  },
  note: {
    move: "Move note: {{name}}",
    /** The drag handle's role, as screen readers say it. */
    sortable: "sortable",
    empty: "Empty note",
    text: "Note text",
    edit: "Edit",
    editNote: "Edit note: {{name}}",
    delete: "Delete note: {{name}}",
    colour: "Note colour",
    customColour: "Custom",
    colours: {
      yellow: "Yellow",
      pink: "Pink",
      blue: "Blue",
      green: "Green",
      orange: "Orange",
      purple: "Purple",
    },
    private: "Private",
    privateHint: "Only you can see this note until the facilitator reveals notes",
  },
  cluster: {
    name: "Cluster: {{name}}",
    move: "Move cluster: {{name}}",
    /** The cluster's drag handle's role, as screen readers say it. */
    draggable: "draggable",
    empty: "No notes yet: drop one here.",
    rename: "Rename",
    renameCluster: "Rename cluster: {{name}}",
    dissolve: "Dissolve",
    dissolveCluster: "Dissolve cluster: {{name}}",
  },
  vote: {
    add: "Vote",
    addFor: "Vote for: {{name}}",
    remove: "Remove",
    removeFor: "Remove vote: {{name}}",
    mine_one: "{{count, number}} my vote",
    mine_other: "{{count, number}} my votes",
    total_one: "{{count, number}} vote",
    total_other: "{{count, number}} votes",
    /** A cluster's total, which counts its notes' votes too. */
    totalInAll_one: "{{count, number}} vote in all",
    totalInAll_other: "{{count, number}} votes in all",
    rank: "#{{rank, number}}",
  },
  moveTo: {
    button: "Move to…",
    buttonFor: "Move to…: {{name}}",
    titleNote: "Move “{{name}}” to…",
    titleCluster: "Move cluster “{{name}}” to…",
    find: "Find a destination",
    nothing: "Nothing matches “{{filter}}”.",
    cancel: "Cancel",
    out: "Out of cluster",
    dissolve: "Dissolve cluster",
    groupWith: "Group with: {{name}}",
  },
  drag: {
    instructions:
      "To move a note or a cluster, press Space. Left and right arrows move it to the neighbouring priority, up and down within one. Space drops it, Escape cancels. To group notes, use Move to.",
    pickedUp: {
      note: "Picked up the note.",
      cluster: "Picked up the cluster.",
    },
    dropped: {
      note: "Dropped the note.",
      cluster: "Dropped the cluster.",
    },
    cancelled: {
      note: "Move cancelled; the note is back where it was.",
      cluster: "Move cancelled; the cluster is back where it was.",
    },
    dropToGroup: "Drop to group",
    dropToJoin: "Drop to join",
    notes_one: "{{count, number}} note",
    notes_other: "{{count, number}} notes",
    /** Where a note or cluster picked up with the keyboard would land, said at each arrow key. */
    slot: {
      lane: "Lane",
      cluster: "{{lane}}, cluster position {{position, number}} of {{total, number}}",
      inCluster:
        "{{lane}}, in cluster “{{cluster}}”, position {{position, number}} of {{total, number}}",
      loose: "{{lane}}, not in a cluster, position {{position, number}} of {{total, number}}",
    },
  },
  phase: {
    bar: "Phase",
    steps: "Phases",
    locked: "Board locked",
    showControls: "Show controls",
    hideControls: "Hide controls",
    privateFacilitator:
      "Private writing: participants' new notes stay on their laptops until you reveal them.",
    privateParticipant:
      "Private writing: your new notes stay on your laptop until the facilitator reveals them.",
    hint: {
      write: "Write your ideas, one per note.",
      cluster: "Drag related notes onto each other to group them.",
      votesLeft_one: "You have {{left, number}} of {{count, number}} vote left.",
      votesLeft_other: "You have {{left, number}} of {{count, number}} votes left.",
      votesPerLane_one: "You have {{count, number}} vote in each priority. Left: {{lanes}}.",
      votesPerLane_other: "You have {{count, number}} votes in each priority. Left: {{lanes}}.",
      /** One lane in the list of votes left per priority. */
      laneLeft: "{{lane}} {{left, number}}",
      othersVoting: "Everyone is placing their votes.",
      sorted: "Lanes are sorted by votes.",
      hidden: "Votes are hidden until the facilitator reveals them.",
    },
    announce: {
      now: "Now in the {{phase}} phase.",
      locked: "The facilitator locked the board.",
      unlocked: "The facilitator unlocked the board.",
      privateOn: "The facilitator turned on private writing.",
      privateOff: "The facilitator revealed everyone's notes.",
      votesRevealed: "The facilitator revealed the vote totals.",
      votesHidden: "The facilitator hid the vote totals.",
    },
    overBudget: {
      whole:
        "The facilitator lowered the votes to {{budget, number}}: you have {{used, number}}. Take {{over, number}} back to choose which of yours count; until then you cannot add any.",
      perLane_one:
        "The facilitator lowered the votes to {{count, number}} vote in each priority: you have {{have}}. Take back {{back}} to choose which of yours count; until then you cannot add any there.",
      perLane_other:
        "The facilitator lowered the votes to {{count, number}} votes in each priority: you have {{have}}. Take back {{back}} to choose which of yours count; until then you cannot add any there.",
      /** One priority in the lists of votes held and votes to take back. */
      inLane: "{{votes, number}} in {{lane}}",
      removedLane: "a removed priority",
    },
  },
};
