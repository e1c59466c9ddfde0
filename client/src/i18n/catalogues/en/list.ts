// The list namespace in English: the board's notes as one list, by priority. Every key here
// must be in the Spanish catalogue too.
export const listEn = {
  toggle: "Notes as a list",
  heading: "All notes by priority",
  notes_one: "{{count}} note",
  notes_other: "{{count}} notes",
  cluster: "Cluster:",
  untitledCluster: "Untitled cluster",
  emptyNote: "Empty note",
  by: "by {{name}}",
  private: "Private: only you can see it",
};
