// The glossary namespace in English. Every key here must be in the Spanish catalogue too.
export const glossaryEn = {
  mark: {
    undefined: "Undefined acronym: {{term}}",
    define: "Define",
    defineTerm: "Define {{term}}",
  },
  dialog: {
    title: "Define {{term}}",
    close: "Close definition of {{term}}",
    meaning: "Meaning",
    fine: "This one is fine",
    fineHint: "A word everyone here knows, like KQED: it is no longer marked and needs no meaning.",
    empty: "Write what {{term}} means, or check “This one is fine”.",
    save: "Save",
  },
  announce: {
    defined: "{{term}} defined: {{meaning}}",
    fine: "{{term}} marked as fine",
  },
};
