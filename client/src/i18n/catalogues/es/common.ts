import type { CatalogueLike } from "@roundtable/shared";
import type { commonEn } from "../en/common";

// The common namespace in Spanish, as a school district writes it.
export const commonEs: CatalogueLike<typeof commonEn> = {
  start: {
    tagline: "Notas adhesivas, cuatro prioridades, un resultado claro.",
    join: {
      heading: "Unirse con un código",
      hint: "La persona que facilita muestra un código de seis caracteres para su grupo.",
      codeLabel: "Código",
      codeExample: "K7M2QX",
      joining: "Entrando…",
      join: "Unirse al grupo",
      codeMissing: "Escriba el código que muestra la persona que facilita, por ejemplo, K7M2QX.",
      noGroup:
        "Ningún grupo tiene el código {{code}}. Revise el código en la pantalla de la persona que facilita e intente de nuevo.",
      failed: "No fue posible unirse con ese código: {{problem}}",
    },
    newBoard: {
      heading: "Tablero nuevo",
      hint: "Un tablero para un grupo: usted lo dirige y los demás se unen con un enlace.",
      titleLabel: "Título del tablero",
      titleExample: "p. ej., LRT de junio",
      titleHint:
        "Opcional: es el nombre del tablero en todas las pantallas y en sus archivos. Puede cambiar el nombre más tarde.",
      creating: "Creando…",
      create: "Crear tablero",
      serverAnswered: "el servidor respondió {{status}}",
      failed: "No se pudo crear el tablero: {{problem}}",
    },
    newMeeting: {
      heading: "Reunión nueva",
      hint: "Varios grupos, cada uno con su tablero, dirigidos juntos desde una sola página.",
      titleLabel: "Título de la reunión",
      titleExample: "Planificación de primavera",
      groupsLabel: "Grupos, uno por línea",
      exampleGroups: "Grupo 1\nGrupo 2\nGrupo 3",
      agenda: "Agenda (opcional)",
      agendaLabel: "Agenda, una sesión por línea",
      agendaExample: "12:30-13:50 Grupo 1: Revisión\n14:00-15:20 Grupo 2",
      agendaHint:
        "Inicio y fin (en formato de 24 horas), el grupo y, después de dos puntos, el tema de la sesión.",
      creating: "Creando…",
      create: "Crear reunión",
      noGroups: "Escriba el nombre de al menos un grupo, uno por línea.",
      failed: "No se pudo crear la reunión: {{problem}}",
    },
    agenda: {
      badLine:
        "Línea {{line}} de la agenda: escríbala así: “1:00-2:20 Nombre del grupo: tema de la sesión” o “Nombre del grupo (1:00-2:20)”.",
      notATime: "Línea {{line}} de la agenda: “{{time}}” no es una hora.",
      endsBeforeStart:
        "Línea {{line}} de la agenda: la sesión termina ({{end}}) antes de empezar ({{start}}).",
      noGroup:
        "Línea {{line}} de la agenda: no hay ningún grupo “{{group}}” en la lista de arriba.",
    },
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
  page: {
    opening: {
      board: "Abriendo el tablero…",
      groupBoard: "Abriendo el tablero de su grupo…",
      meeting: "Abriendo la reunión…",
      snapshot: "Abriendo la captura…",
    },
    codeMissing: "No se pudo cargar esta página. Revise la conexión y vuelva a cargarla.",
    goToStart: "Ir a la página de inicio",
  },
  boardPage: {
    missing:
      "Este tablero no existe. Revise el enlace o pídale uno nuevo a la persona que facilita.",
    startNew: "Crear un tablero nuevo",
    openAsParticipant: "Abrir el tablero como participante",
  },
  joinCodePage: {
    typeAgain: "Ir a la página de inicio para escribir el código otra vez",
  },
  joinPrompt: {
    titleNamed: "Unirse a {{title}}",
    title: "Unirse al tablero",
    hint: "Su nombre aparece en sus notas y en la lista de personas conectadas. No necesita cuenta ni contraseña.",
    nameMissing: "Por favor, escriba un nombre para que los demás sepan quién escribió qué.",
    nameLabel: "Su nombre",
    join: "Unirse",
  },
  meetingPage: {
    needsKey:
      "Esta página es para quien facilita la reunión y necesita el enlace para facilitar, el que termina en #key=…. Abra ese enlace o únase a su grupo con su código.",
    missing: "Esta reunión no existe. Revise que el enlace se haya copiado completo.",
    failed: "No se puede mostrar la reunión. {{problem}}",
  },
  printPage: {
    preparing: "Preparando la página para imprimir…",
    failed: "No se puede mostrar la página para imprimir. {{problem}}",
    print: "Imprimir o guardar como PDF",
    backToBoard: "Volver al tablero",
    backToSnapshot: "Volver a la captura",
    asOf: "Estado al {{when}}",
    taken: "Captura tomada el {{when}}",
  },
  snapshotPage: {
    exportLinks: "Exportar esta captura",
    exportLabel: "Exportar:",
    printable: "Página para imprimir",
    taken: "Captura tomada el {{when}}",
    readOnly: "solo lectura",
    compare: "Comparar",
    missing: "Esta captura no existe. Revise que el enlace se haya copiado completo.",
    failed: "No se puede mostrar la captura. {{problem}}",
  },
  viewPage: {
    missing:
      "Este enlace para ver el tablero no funciona. Revise que se haya copiado completo o pídaselo otra vez a la persona que facilita.",
    unreachable:
      "No se puede conectar con el tablero en este momento. Revise la red y vuelva a cargar esta página.",
  },
  exportFormat: {
    md: "Markdown (.md)",
    csv: "Hoja de cálculo (.csv)",
    json: "JSON (.json)",
  },
  exportRun: {
    preparing: "Preparando la exportación…",
    downloaded: "Descargado: {{file}}",
    failed: "No se pudo exportar. {{problem}}",
  },
  notices: {
    noteDeleted: "Nota eliminada.",
    noteInTrash: "La nota se movió a Notas eliminadas.",
    undoDelete: "Deshacer eliminación",
    dismiss: "Cerrar",
  },
  connection: {
    connecting: "Conectando…",
    connected: "Conectado",
    reconnecting: "Volviendo a conectar…",
    offline: "Sin conexión",
    unsaved_one: "{{count}} cambio aún sin guardar",
    unsaved_many: "{{count}} cambios aún sin guardar",
    unsaved_other: "{{count}} cambios aún sin guardar",
  },
  noteCount: {
    notes_one: "nota",
    notes_many: "notas",
    notes_other: "notas",
  },
  timer: {
    form: "Temporizador",
    minutesLabel: "Minutos del temporizador",
    chime: "Sonido",
    timeLeft: "Tiempo restante",
    timesUp: "Se acabó el tiempo",
    secondsLeft_one: "Queda {{count}} segundo",
    secondsLeft_many: "Quedan {{count}} segundos",
    secondsLeft_other: "Quedan {{count}} segundos",
    minutesLeft_one: "Queda {{count}} minuto",
    minutesLeft_many: "Quedan {{count}} minutos",
    minutesLeft_other: "Quedan {{count}} minutos",
    minutesAndSecondsLeft: "Quedan {{minutes}} y {{seconds}}",
    minuteCount_one: "{{count}} minuto",
    minuteCount_many: "{{count}} minutos",
    minuteCount_other: "{{count}} minutos",
    secondCount_one: "{{count}} segundo",
    secondCount_many: "{{count}} segundos",
    secondCount_other: "{{count}} segundos",
  },
};
