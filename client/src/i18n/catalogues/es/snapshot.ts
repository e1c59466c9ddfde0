import type { CatalogueLike } from "@roundtable/shared";
import type { snapshotEn } from "../en/snapshot";

// The snapshot namespace in Spanish, as a school district writes it.
export const snapshotEs: CatalogueLike<typeof snapshotEn> = {
  untitledCluster: "Categoría sin título",
  cluster: "Categoría: {{name}}",
  votes_one: "{{count}} voto",
  votes_many: "{{count}} votos",
  votes_other: "{{count}} votos",
  summary: {
    notes_one: "{{count}} nota",
    notes_many: "{{count}} notas",
    notes_other: "{{count}} notas",
    priorities_one: "{{count}} prioridad",
    priorities_many: "{{count}} prioridades",
    priorities_other: "{{count}} prioridades",
    main: "{{notes}} en {{priorities}}",
    withUnsorted: "{{main}}, {{unsorted}} sin ordenar",
  },
  print: {
    noNotes: "No hay notas.",
  },
  compare: {
    onlySnapshot: "Esta es la única captura del tablero: tome otra para comparar las dos.",
    with: "Comparar con",
    choose: "Elija una captura…",
    unknownTime: "fecha desconocida",
    comparing: "Comparando…",
    failed: "No se puede mostrar la comparación. {{problem}}",
    heading: "Cambios de “{{before}}” a “{{after}}”",
  },
  changes: {
    added: { title: "Notas nuevas", none: "No se agregaron notas." },
    moved: { title: "Cambiaron de prioridad", none: "Ninguna nota cambió de prioridad." },
    removed: { title: "Eliminadas", none: "No se eliminaron notas." },
    votes: { title: "Cambios en los votos", none: "Ningún total de votos cambió." },
    hidden: "ocultos",
    emptyNote: "(nota vacía)",
  },
};
