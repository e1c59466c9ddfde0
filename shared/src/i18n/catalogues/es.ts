import type { SharedCatalogue } from "./en";

// The words Roundtable writes into boards and exports, in Spanish as a school district writes
// them.
export const sharedEs: SharedCatalogue = {
  board: {
    untitled: "Tablero sin título",
  },
  lanes: {
    inbox: { title: "Sin ordenar", subtitle: "Aquí llegan las ideas nuevas" },
    p1: { title: "Prioridad uno", subtitle: "Lo primero" },
    p2: { title: "Prioridad dos", subtitle: "Lo siguiente" },
    p3: { title: "Prioridad tres", subtitle: "Más adelante" },
    p4: { title: "Prioridad cuatro", subtitle: "Algún día" },
  },
};
