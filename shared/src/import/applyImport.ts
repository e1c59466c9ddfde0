import * as Y from "yjs";
import { clustersInLane, notesInLane, readBoard } from "../board";
import {
  CLUSTER_FIELDS,
  clustersMap,
  LANE_FIELDS,
  lanesMap,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  notesMap,
  type Origin,
  recordIn,
} from "../doc";
import { defineTerm } from "../glossary/glossary";
import { newId } from "../ids";
import { orderAtEnd, orderBetween } from "../order";
import { addStep } from "../steps/stepOps";
import { type CheckedNote, checkPlan, checkTitle, planRefs } from "./importChecks";
import { countNotes, type ImportPlan } from "./plan";
import { checkGlossary, checkSteps } from "./stepChecks";

export type ImportResult = {
  notes: number;
  clusters: number;
  /** Ids of the lanes that received notes, in plan order. */
  lanes: string[];
  /** Next steps added. */
  steps: number;
  /** Glossary terms defined (those the board had no meaning for). */
  terms: number;
};

export type ApplyImportOptions = {
  /** Set lane titles and subtitles from the plan (a JSON export's, typically). */
  renameLanes?: boolean;
  /** Give the board the plan's title when it still has the default one. */
  setTitleIfUntitled?: boolean;
};

/** Order keys after a lane's existing items, one after another, so imports keep plan order. */
function keysAfter(existing: (lane: string) => string[]): (lane: string) => string {
  const last = new Map<string, string>();
  return (lane) => {
    const previous = last.get(lane);
    const key = previous === undefined ? orderAtEnd(existing(lane)) : orderBetween(previous, null);
    last.set(lane, key);
    return key;
  };
}

function noteRecord(note: CheckedNote, lane: string, order: string, cluster: string | null) {
  const record = new Y.Map<unknown>();
  record.set(NOTE_FIELDS.text, new Y.Text(note.text));
  record.set(NOTE_FIELDS.lane, lane);
  if (cluster !== null) record.set(NOTE_FIELDS.cluster, cluster);
  record.set(NOTE_FIELDS.order, order);
  record.set(NOTE_FIELDS.color, note.color);
  if (note.author !== null) record.set(NOTE_FIELDS.author, note.author);
  record.set(NOTE_FIELDS.createdAt, note.createdAt);
  if (note.priorVotes !== null) record.set(NOTE_FIELDS.priorVotes, note.priorVotes);
  return record;
}

/**
 * Adds a plan's notes and clusters to the board in one transaction, at the end of their lanes
 * in plan order, then its next steps (each attached to the new copy of the note or cluster it
 * names by `ref`) and the glossary terms the board has no meaning for yet. Everything is checked
 * first (lanes exist, notes and steps fit the limits, ...), so a BoardOpError leaves the board
 * untouched. Vote totals in the plan are stored as history (`priorVotes`), never as votes.
 */
export function applyImport(
  doc: Y.Doc,
  plan: ImportPlan,
  options: ApplyImportOptions = {},
  origin: Origin = "import",
): ImportResult {
  const state = readBoard(doc);
  const now = Date.now();
  const lanes = checkPlan(plan, state, options.renameLanes === true, now);
  const steps = checkSteps(doc, plan, planRefs(lanes), now);
  const terms = checkGlossary(doc, plan);
  const title = checkTitle(
    plan,
    state,
    options.setTitleIfUntitled === true,
    metaMap(doc).get(META_FIELDS.title),
  );
  const noteKey = keysAfter((lane) => notesInLane(state, lane).map((note) => note.order));
  const clusterKey = keysAfter((lane) =>
    clustersInLane(state, lane).map((cluster) => cluster.order),
  );
  const result: ImportResult = { notes: 0, clusters: 0, lanes: [], steps: 0, terms: 0 };
  // The new id of each ref'd note and cluster; the first of a ref wins.
  const ids = new Map<string, string>();
  const idFor = (ref: string | undefined) => {
    const id = newId();
    if (ref !== undefined && !ids.has(ref)) ids.set(ref, id);
    return id;
  };

  doc.transact(() => {
    if (title !== null) metaMap(doc).set(META_FIELDS.title, title);
    const notes = notesMap(doc);
    for (const lane of lanes) {
      const laneRecord = recordIn(lanesMap(doc), lane.lane);
      if (lane.title !== undefined) laneRecord?.set(LANE_FIELDS.title, lane.title);
      if (lane.subtitle !== undefined) laneRecord?.set(LANE_FIELDS.subtitle, lane.subtitle);
      for (const note of lane.notes)
        notes.set(idFor(note.ref), noteRecord(note, lane.lane, noteKey(lane.lane), null));
      for (const cluster of lane.clusters) {
        const id = idFor(cluster.ref);
        const record = new Y.Map<unknown>();
        record.set(CLUSTER_FIELDS.title, cluster.title);
        record.set(CLUSTER_FIELDS.lane, lane.lane);
        record.set(CLUSTER_FIELDS.order, clusterKey(lane.lane));
        if (cluster.priorVotes !== null) record.set(CLUSTER_FIELDS.priorVotes, cluster.priorVotes);
        clustersMap(doc).set(id, record);
        for (const note of cluster.notes)
          notes.set(idFor(note.ref), noteRecord(note, lane.lane, noteKey(lane.lane), id));
      }
      const added = countNotes([lane]);
      result.notes += added;
      result.clusters += lane.clusters.length;
      if (added > 0 && !result.lanes.includes(lane.lane)) result.lanes.push(lane.lane);
    }
    // Checked above by addStep's and defineTerm's own rules, so neither throws half way; inside
    // this transaction, theirs join it.
    for (const { item, carriedFrom, ...step } of steps) {
      const itemId = item === null ? undefined : ids.get(item);
      addStep(
        doc,
        {
          ...step,
          ...(itemId !== undefined && { item: itemId }),
          ...(carriedFrom !== null && { carriedFrom }),
        },
        origin,
      );
    }
    for (const { term, meaning, fine } of terms) defineTerm(doc, term, { meaning, fine }, origin);
    result.steps = steps.length;
    result.terms = terms.length;
  }, origin);
  return result;
}
