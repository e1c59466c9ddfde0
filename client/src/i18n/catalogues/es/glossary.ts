import type { CatalogueLike } from "@roundtable/shared";
import type { glossaryEn } from "../en/glossary";

// The glossary namespace in Spanish, as a school district writes it.
export const glossaryEs: CatalogueLike<typeof glossaryEn> = {
  mark: {
    undefined: "Sigla sin definir: {{term}}",
    define: "Definir",
    defineTerm: "Definir {{term}}",
  },
  dialog: {
    title: "Definir {{term}}",
    close: "Cerrar la definición de {{term}}",
    meaning: "Significado",
    fine: "Esta sigla no necesita explicación",
    fineHint:
      "Una palabra que todos aquí conocen, como KQED: ya no se marca y no necesita significado.",
    empty: "Escriba qué significa {{term}} o marque “Esta sigla no necesita explicación”.",
    save: "Guardar",
  },
  announce: {
    defined: "{{term}} definida: {{meaning}}",
    fine: "{{term}} marcada como conocida",
  },
};
