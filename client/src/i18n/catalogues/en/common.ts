// The common namespace in English: the pages, the start page and shared controls. Every key
// here must be in the Spanish catalogue too.
export const commonEn = {
  start: {
    tagline: "Sticky notes, four priorities, one clear result.",
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
};
