import type { CatalogueLike } from "@roundtable/shared";
import type { commonEn } from "../en/common";

// The common namespace in Spanish, as a school district writes it.
export const commonEs: CatalogueLike<typeof commonEn> = {
  start: {
    tagline: "Notas adhesivas, cuatro prioridades, un resultado claro.",
  },
  phase: {
    write: "Escribir",
    cluster: "Agrupar",
    vote: "Votar",
    review: "Revisar",
  },
  language: {
    menu: "Idioma",
  },
};
