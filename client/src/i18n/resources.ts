import { type Language, SHARED_CATALOGUES, SHARED_NAMESPACE } from "@roundtable/shared";
import { boardEn } from "./catalogues/en/board";
import { commonEn } from "./catalogues/en/common";
import { glossaryEn } from "./catalogues/en/glossary";
import { headerEn } from "./catalogues/en/header";
import { listEn } from "./catalogues/en/list";
import { meetingEn } from "./catalogues/en/meeting";
import { progressEn } from "./catalogues/en/progress";
import { snapshotEn } from "./catalogues/en/snapshot";
import { stateEn } from "./catalogues/en/state";
import { stepsEn } from "./catalogues/en/steps";
import { boardEs } from "./catalogues/es/board";
import { commonEs } from "./catalogues/es/common";
import { glossaryEs } from "./catalogues/es/glossary";
import { headerEs } from "./catalogues/es/header";
import { listEs } from "./catalogues/es/list";
import { meetingEs } from "./catalogues/es/meeting";
import { progressEs } from "./catalogues/es/progress";
import { snapshotEs } from "./catalogues/es/snapshot";
import { stateEs } from "./catalogues/es/state";
import { stepsEs } from "./catalogues/es/steps";

// Every namespace of every language. One namespace per part of the client: `common` for the
// pages, start and shared controls; `board` for the lanes, notes and moving them; `header` for
// the board's header and the facilitator's tools; `list` for the notes as one list; `steps`, `glossary` and `progress` for next steps, acronyms and what changed since the last meeting; `meeting` for meetings and the room's
// screen; `snapshot` for snapshots, comparison and printing; `state` for what the client says
// about syncing, saving and errors; `shared` for the words boards and exports are written in.

export const EN = {
  common: commonEn,
  board: boardEn,
  header: headerEn,
  list: listEn,
  progress: progressEn,
  glossary: glossaryEn,
  steps: stepsEn,
  meeting: meetingEn,
  snapshot: snapshotEn,
  state: stateEn,
  [SHARED_NAMESPACE]: SHARED_CATALOGUES.en,
} as const;

export type Namespace = keyof typeof EN;

type Catalogues = { readonly [N in Namespace]: object };

export const RESOURCES: Readonly<Record<Language, Catalogues>> = {
  en: EN,
  es: {
    common: commonEs,
    board: boardEs,
    header: headerEs,
    list: listEs,
    progress: progressEs,
    glossary: glossaryEs,
    steps: stepsEs,
    meeting: meetingEs,
    snapshot: snapshotEs,
    state: stateEs,
    [SHARED_NAMESPACE]: SHARED_CATALOGUES.es,
  },
};
