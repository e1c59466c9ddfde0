import type { CatalogueLike } from "@roundtable/shared";
import type { progressEn } from "../en/progress";

// The progress namespace in Spanish, as a school district writes it.
export const progressEs: CatalogueLike<typeof progressEn> = {
  continueFrom: {
    label: "Continuar desde (enlace o id)",
    example: {
      board: "Enlace o id del tablero anterior",
      meeting: "Enlace o id de la reunión anterior",
    },
    hint: {
      board:
        "Opcional: el tablero de la reunión anterior. Sus próximos pasos pendientes pasan a este tablero y las prioridades conservan sus nombres.",
      meeting:
        "Opcional: la reunión anterior. Cada grupo continúa el grupo del mismo nombre, con sus próximos pasos pendientes.",
    },
    carryNotes: "Traer las notas del resultado anterior a Sin ordenar para volver a ordenarlas",
    unknown: {
      board:
        "Ningún tablero tiene este enlace o id. Revíselo, o deje el campo vacío para empezar un tablero desde cero.",
      meeting:
        "Ninguna reunión tiene este enlace o id. Revíselo, o deje el campo vacío para empezar una reunión desde cero.",
    },
    problem: {
      board: {
        notALinkOrId:
          "Esto no es el enlace ni el id de un tablero. Pegue el enlace del tablero anterior (lleva /b/) o su id.",
        meetingLink:
          "Este es el enlace de una reunión. Para dar seguimiento a toda una reunión, use Reunión nueva; para dar seguimiento a un grupo, pegue el enlace del tablero de ese grupo (con /b/).",
        boardLink:
          "No se puede leer este enlace de tablero. Cópielo de nuevo de la barra de direcciones del tablero.",
        viewLink:
          "Un enlace de visualización no dice qué tablero muestra. Pegue el enlace del tablero (con /b/): el enlace de la persona que facilita o el enlace para unirse.",
        snapshotLink: "Este es el enlace de una captura. Pegue el enlace del tablero (con /b/).",
        joinCode: "Este es un código para unirse. Pegue el enlace del tablero (con /b/) o su id.",
      },
      meeting: {
        notALinkOrId:
          "Esto no es el enlace ni el id de una reunión. Pegue el enlace de la reunión anterior (lleva /m/) o su id.",
        meetingLink:
          "No se puede leer este enlace de reunión. Cópielo de nuevo de la barra de direcciones de la página de la reunión.",
        boardLink:
          "Este es el enlace de un tablero. Para dar seguimiento a un solo tablero, use Tablero nuevo; para dar seguimiento a una reunión, pegue el enlace de la reunión (con /m/).",
        viewLink:
          "Un enlace de visualización no dice a qué reunión pertenece. Pegue el enlace de la reunión (con /m/).",
        snapshotLink: "Este es el enlace de una captura. Pegue el enlace de la reunión (con /m/).",
        joinCode:
          "Este es el código de un grupo para unirse. Pegue el enlace de la reunión (con /m/) o su id.",
      },
    },
  },
  sinceLastTime: {
    button: "Desde la última vez",
    title: "Desde la última vez",
    close: "Cerrar desde la última vez",
    loading: "Revisando qué cambió desde la última vez…",
    failed: "No se pudo cargar qué cambió: {{problem}}",
    retry: "Intentar de nuevo",
    notContinued: "Este tablero no continúa otro tablero.",
    notContinuedHint:
      "Para dar seguimiento a esta reunión la próxima vez, cree el siguiente tablero en la página de inicio con el enlace de este tablero en “Continuar desde (enlace o id)”. Entonces esta vista mostrará qué cambió.",
    comparedWith: "Comparado con {{title}}, el tablero que este continúa.",
  },
  steps: {
    heading: "Próximos pasos de la última vez",
    done: "Hechos desde entonces",
    open: "Todavía pendientes",
    overdue: "Atrasados",
    none: "Ninguno.",
    noneCarried:
      "No pasó ningún próximo paso pendiente de la última vez. Los próximos pasos que se escriban en este tablero aparecerán aquí la próxima vez.",
    who: "Quién: {{owner}}",
    due: "Para cuándo: {{date}}",
  },
  priorities: {
    heading: "Prioridades",
    new: "Nuevas",
    movedUp: "Subieron",
    movedDown: "Bajaron",
    dropped: "Ya no están",
    none: "Ninguna.",
    same: "Las prioridades son las mismas que la última vez.",
    inLane: "en {{lane}}",
    wasIn: "estaba en {{lane}}",
    moved: "de {{from}} a {{to}}",
  },
  votes: {
    heading: "Cambios en los votos",
    none: "No hay cambios en los votos para mostrar. Los votos aparecen aquí cuando se muestran en los dos tableros.",
    change: "votos: {{before}} → {{after}}",
  },
  series: {
    heading: "La serie",
    hint: "Una fila por reunión, de la más antigua a este tablero. Copie la tabla en un informe o un correo electrónico.",
    caption: "Reuniones de esta serie",
    copy: "Copiar tabla",
    copied: "Se copió la tabla.",
    copyFailed: "No se pudo copiar. Seleccione la tabla y cópiela a mano.",
    column: {
      date: "Fecha",
      board: "Tablero",
      notes: "Notas",
      done: "Pasos hechos",
      open: "Pasos pendientes",
      overdue: "Pasos atrasados",
    },
  },
  print: {
    nextSteps: "Próximos pasos",
    column: {
      what: "Qué",
      who: "Quién",
      due: "Para cuándo",
      measure: "Cómo sabremos",
      done: "Hecho",
      item: "Relacionado con",
    },
    isDone: "Hecho",
    glossary: "Glosario",
  },
};
