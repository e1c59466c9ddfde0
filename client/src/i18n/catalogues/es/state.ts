import type { CatalogueLike } from "@roundtable/shared";
import type { stateEn } from "../en/state";

// The state namespace in Spanish, as a school district writes it.
export const stateEs: CatalogueLike<typeof stateEn> = {
  error: {
    didNotWork: "Eso no funcionó: {{message}}",
  },
  permission: {
    readOnly: "Esta es una vista de solo lectura",
    locked: "El tablero está bloqueado",
    votingNotOpen: "La votación no está abierta",
    facilitatorOnly: "Solo el facilitador puede cambiar esto",
    controlsNotConnected:
      "Los controles del facilitador funcionan cuando el tablero está conectado",
  },
  refused: {
    change: "Ese cambio no se hizo: {{reason}}",
    vote: "Ese voto no se contó: {{reason}}",
    group: "{{group}} no aceptó ese cambio: {{reason}}",
  },
  connection: {
    wrongFacilitatorLink:
      "Este enlace para facilitar no corresponde a este tablero: pida el enlace otra vez o únase con el enlace para participantes",
    joiningAgain: "Volviendo a unirse al tablero…",
    closed: "el servidor cerró el tablero ({{code}})",
    lockedHeld: "El tablero está bloqueado: sus cambios se enviarán cuando se desbloquee",
    notSent: "{{reason}}. No se envió su último cambio",
    refused: "Se rechazó un cambio",
  },
  server: {
    locked: "el tablero está bloqueado",
    votingClosed: "la votación está cerrada",
    readOnlyLink: "este enlace es de solo lectura",
    facilitatorOnly: "solo el facilitador puede cambiar esto",
    facilitatorOnlyTitle: "solo el facilitador puede cambiar el título del tablero",
    restoreOwnOnly: "solo su autor o el facilitador pueden restaurar una nota eliminada",
    boardFull: "el tablero está lleno ({{size}})",
    storageFailed: "no se pudo guardar; vuelva a intentarlo",
    boardDamaged: "el tablero es de solo lectura: sus datos guardados están dañados",
    overBudget: "se superó el límite de votos: {{used}} de {{budget}}",
    overBudgetInPriority: "se superó el límite de votos en una prioridad: {{used}} de {{budget}}",
    refusedChange: "el servidor rechazó un cambio",
  },
  name: {
    boardNotOpen: "el tablero no está abierto",
    error: "error {{status}}",
  },
  note: {
    empty: "nota vacía",
  },
  cluster: {
    untitled: "Categoría sin título",
    draftsStayApart:
      "Las notas privadas se pueden agrupar cuando el facilitador las muestre: todavía no están en el tablero",
    theLane: "la columna",
    noteJoined: "“{{note}}” está en la categoría “{{cluster}}”, {{lane}}.",
    noteMoved: "“{{note}}” se movió a {{lane}}.",
    noteMovedOut: "“{{note}}” se movió a {{lane}}, fuera de su categoría.",
    noteLeft: "“{{note}}” salió de la categoría “{{cluster}}” y sigue en {{lane}}.",
    grouped:
      "“{{note}}” y “{{target}}” se agruparon en una categoría nueva, “{{cluster}}”, {{lane}}.",
    moved_one: "La categoría “{{cluster}}” se movió a {{lane}} con su nota.",
    moved_many: "La categoría “{{cluster}}” se movió a {{lane}} con sus {{count, number}} notas.",
    moved_other: "La categoría “{{cluster}}” se movió a {{lane}} con sus {{count, number}} notas.",
    renamed: "La categoría “{{cluster}}” ahora se llama “{{title}}”.",
    dissolved_one: "Se deshizo la categoría “{{cluster}}”; su nota sigue en {{lane}}.",
    dissolved_many:
      "Se deshizo la categoría “{{cluster}}”; sus {{count, number}} notas siguen en {{lane}}.",
    dissolved_other:
      "Se deshizo la categoría “{{cluster}}”; sus {{count, number}} notas siguen en {{lane}}.",
  },
  vote: {
    notConnected: "Podrá votar cuando se conecte al tablero",
    loading: "Sus votos todavía se están cargando; vuelva a intentarlo en un momento",
    noteGone: "Esa nota ya no está en el tablero",
    draft: "Podrá votar por las notas privadas cuando se muestren en el tablero",
    overBudget: "Tiene más votos de los que el facilitador permite ahora: primero retire algunos",
    allUsedInPriority: "Ya usó todos sus votos en esta prioridad",
    allUsed: "Ya usó todos sus votos",
  },
  publish: {
    failed_one:
      "{{count, number}} nota privada no se pudo agregar al tablero; sigue en esta computadora.",
    failed_many:
      "{{count, number}} notas privadas no se pudieron agregar al tablero; siguen en esta computadora.",
    failed_other:
      "{{count, number}} notas privadas no se pudieron agregar al tablero; siguen en esta computadora.",
  },
  http: {
    code: {
      "unknown-board": "Este tablero no existe. Revise el enlace.",
      "unknown-meeting": "Esta reunión no existe. Revise el enlace.",
      "unknown-snapshot": "Esta captura ya no existe.",
      "unknown-view": "Este enlace para ver no funciona. Pídaselo otra vez al facilitador.",
      "unknown-code": "Ningún grupo tiene ese código. Revise el código que aparece en la pantalla.",
      "malformed-code": "El código tiene seis letras y números.",
      "too-many-codes":
        "Se probaron demasiados códigos equivocados desde aquí. Espere un minuto y vuelva a intentarlo.",
      "board-full":
        "El tablero está lleno y no admite más. Elimine algunas notas o empiece un tablero nuevo.",
      "too-many-snapshots": "Este tablero ya tiene todas las capturas que puede guardar.",
      "too-many-snapshots-this-hour":
        "Se tomaron demasiadas capturas en esta hora. Espere un rato y vuelva a intentarlo.",
      "too-many-participants": "Este tablero ya tiene todas las personas que admite.",
      "storage-failed":
        "El servidor no pudo guardar. No se cambió nada; vuelva a intentarlo en un momento.",
      "board-damaged":
        "La copia guardada de este tablero está dañada, así que no se puede cambiar. Avísele a quien administra el servidor.",
      "empty-import": "No hay nada que importar: primero pegue o suba las notas de la reunión.",
      "invalid-import": "No se pudieron importar las notas.",
      "invalid-import-line":
        "No se pudieron importar las notas: no se puede leer la línea {{line}}.",
      "invalid-body":
        "El servidor no pudo aceptar lo que se envió. Revise los campos y vuelva a intentarlo.",
      "body-too-large": "Es demasiado a la vez: divídalo en partes más pequeñas.",
    },
    facilitatorOnly:
      "Solo el facilitador puede {{action}}: abra el tablero con el enlace para facilitar.",
    notFound: "Este tablero o esta captura ya no existe.",
    tooLarge: "Es demasiado a la vez: divídalo en partes más pequeñas.",
    serverProblem: "El servidor tuvo un problema. Vuelva a intentarlo en un momento.",
    serverAnswered: "El servidor respondió {{status}}.",
    unreadable: "El servidor envió algo que esta página no puede leer.",
    unreachable:
      "No es posible comunicarse con el servidor en este momento. Revise la red y vuelva a intentarlo.",
    somethingWrong: "Algo salió mal. Vuelva a intentarlo.",
    action: {
      exportHiddenVotes: "exportar con los votos ocultos",
      importNotes: "importar notas",
      createMeeting: "crear una reunión",
      seeMeeting: "ver esta reunión",
      join: "unirse",
      changeTemplate: "cambiar la plantilla",
      seeSnapshots: "ver las capturas",
      takeSnapshots: "tomar capturas",
      restoreSnapshots: "restaurar capturas",
      seeSnapshot: "ver esta captura",
      seeBoard: "ver este tablero",
    },
  },
  import: {
    priorities_one: "{{count, number}} prioridad",
    priorities_many: "{{count, number}} prioridades",
    priorities_other: "{{count, number}} prioridades",
    clusters_one: "{{count, number}} categoría",
    clusters_many: "{{count, number}} categorías",
    clusters_other: "{{count, number}} categorías",
    added_one: "Se agregó {{count, number}} nota en {{priorities}}",
    added_many: "Se agregaron {{count, number}} notas en {{priorities}}",
    added_other: "Se agregaron {{count, number}} notas en {{priorities}}",
    addedWithClusters_one: "Se agregaron {{count, number}} nota y {{clusters}} en {{priorities}}",
    addedWithClusters_many: "Se agregaron {{count, number}} notas y {{clusters}} en {{priorities}}",
    addedWithClusters_other:
      "Se agregaron {{count, number}} notas y {{clusters}} en {{priorities}}",
    done: "{{added}}.",
    skipped_one: "{{added}}; {{count, number}} línea no era una nota:",
    skipped_many: "{{added}}; {{count, number}} líneas no eran notas:",
    skipped_other: "{{added}}; {{count, number}} líneas no eran notas:",
  },
  meeting: {
    outcomeAll_one: "{{done}} en el grupo.",
    outcomeAll_many: "{{done}} en los {{count, number}} grupos.",
    outcomeAll_other: "{{done}} en los {{count, number}} grupos.",
    outcomeMissed_one:
      "{{done}} en {{reached, number}} de {{total, number}} grupos. {{names}} todavía no está conectado; vuelva a intentarlo en un momento.",
    outcomeMissed_many:
      "{{done}} en {{reached, number}} de {{total, number}} grupos. {{names}} todavía no están conectados; vuelva a intentarlo en un momento.",
    outcomeMissed_other:
      "{{done}} en {{reached, number}} de {{total, number}} grupos. {{names}} todavía no están conectados; vuelva a intentarlo en un momento.",
    namesAnd: "{{rest}} y {{last}}",
    setPhase: "Se cambió la fase a {{phase}}",
    locked: "Se bloqueó el tablero",
    unlocked: "Se desbloqueó el tablero",
    timerStarted: "Se inició un temporizador de {{minutes, number}} min",
    timersStopped: "Se detuvieron los temporizadores",
  },
  snapshot: {
    suggestion: {
      afterGroups: "Después del trabajo en grupos",
      endOfMeeting: "Fin de la reunión",
    },
    nameMissing: "Póngale un nombre a la captura, por ejemplo, “{{example}}”.",
    nameTooLong: "Use un nombre de {{max, number}} caracteres como máximo.",
    unknownTime: "en un momento desconocido",
  },
  download: {
    fileName: "tablero",
  },
};
