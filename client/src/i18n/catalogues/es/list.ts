import type { CatalogueLike } from "@roundtable/shared";
import type { listEn } from "../en/list";

// The list namespace in Spanish, as a school district writes it.
export const listEs: CatalogueLike<typeof listEn> = {
  toggle: "Notas en lista",
  heading: "Todas las notas por prioridad",
  notes_one: "{{count}} nota",
  notes_many: "{{count}} notas",
  notes_other: "{{count}} notas",
  cluster: "Categoría:",
  untitledCluster: "Categoría sin nombre",
  emptyNote: "Nota vacía",
  by: "de {{name}}",
  private: "Privada: solo usted la ve",
};
