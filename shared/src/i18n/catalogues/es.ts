import type { SharedCatalogue } from "./en";

// The words Roundtable writes into boards and exports, in Spanish as a school district writes
// them.
export const sharedEs: SharedCatalogue = {
  board: {
    untitled: "Tablero sin título",
  },
  meeting: {
    untitled: "Reunión sin título",
  },
  lanes: {
    inbox: { title: "Sin ordenar", subtitle: "Aquí llegan las ideas nuevas" },
    p1: { title: "Prioridad uno", subtitle: "Lo primero" },
    p2: { title: "Prioridad dos", subtitle: "Lo siguiente" },
    p3: { title: "Prioridad tres", subtitle: "Más adelante" },
    p4: { title: "Prioridad cuatro", subtitle: "Algún día" },
  },
  export: {
    exported: "Exportado el {{time}}",
    votes_one: "{{count}} voto",
    votes_many: "{{count}} votos",
    votes_other: "{{count}} votos",
    untitledCluster: "Categoría sin título",
    groups_one: "{{count}} grupo",
    groups_many: "{{count}} grupos",
    groups_other: "{{count}} grupos",
    // "y" becomes "e" before a word starting with the sound "i": "Directores e Innovación".
    and: "{{first}} y {{last}}",
    andBeforeI: "{{first}} e {{last}}",
    boardFile: "tablero",
    meetingFile: "reunión",
    allGroupsFile: "todos los grupos",
    nextSteps: "Próximos pasos",
    glossary: "Glosario",
    stepWhat: "Qué",
    stepWho: "Quién",
    stepDue: "Para cuándo",
    stepMeasure: "Cómo sabremos",
    stepDone: "Hecho",
    stepFor: "Relacionado con",
    stepGroup: "Grupo",
    yes: "sí",
    no: "no",
  },
  snapshots: {
    beforeImport: "Antes de importar {{time}}",
    beforeRestore: "Antes de restaurar {{time}}",
  },
  /** The export's section on what changed since the board a board continues. */
  progress: {
    sinceLastTime: "Desde la última vez",
    comparedWith: "Comparado con {{title}}",
    stepsDone: "Próximos pasos hechos desde entonces",
    stepsOpen: "Próximos pasos todavía pendientes",
    stepsOverdue: "Próximos pasos atrasados",
    prioritiesNew: "Nuevas",
    movedUp: "Subieron",
    movedDown: "Bajaron",
    dropped: "Ya no están",
    votesChanged: "Cambios en los votos",
    none: "ninguno",
    seriesDate: "Fecha",
    seriesBoard: "Tablero",
    seriesNotes: "Notas",
    seriesDone: "Pasos hechos",
    seriesOpen: "Pasos pendientes",
    seriesOverdue: "Pasos atrasados",
  },
};
