import { isOverdue, type Lane, type Step } from "@roundtable/shared";

// How the board shows its next steps: which ones a filter keeps, who they belong to, and in
// what order the items they follow from come. Pure, so they are tested without a board.

/** The panel's filters by state: every step, the open ones, the done ones, the late ones. */
export const STATUS_FILTERS = ["all", "open", "done", "overdue"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The panel's filter by person: everyone's, nobody's yet, or one person's (any case). */
export type OwnerFilter =
  | { kind: "anyone" }
  | { kind: "nobody" }
  | { kind: "person"; name: string };

export type StepFilter = { status: StatusFilter; owner: OwnerFilter };

export const ALL_STEPS: StepFilter = { status: "all", owner: { kind: "anyone" } };

/** An owner as typed, compared without case or extra spaces: "ana  lópez" is "Ana López". */
export function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/** Whether `step` is in the state `status` asks for, on `today` (`YYYY-MM-DD`). */
export function matchesStatus(
  step: Pick<Step, "done" | "due">,
  status: StatusFilter,
  today: string,
): boolean {
  switch (status) {
    case "all":
      return true;
    case "open":
      return !step.done;
    case "done":
      return step.done;
    case "overdue":
      return isOverdue(step, today);
  }
}

function matchesOwner(step: Pick<Step, "owner">, owner: OwnerFilter): boolean {
  if (owner.kind === "anyone") return true;
  if (owner.kind === "nobody") return step.owner.trim() === "";
  return ownerKey(step.owner) === ownerKey(owner.name);
}

const keepNone: ReadonlySet<string> = new Set();

/**
 * The steps `filter` keeps, in their order, and the steps of `keep` whatever the filter: a step
 * just ticked done or edited in the panel stays where it is (the focus on it too) until the
 * filters change.
 */
export function filterSteps<S extends Pick<Step, "id" | "done" | "due" | "owner">>(
  steps: readonly S[],
  filter: StepFilter,
  today: string,
  keep: ReadonlySet<string> = keepNone,
): S[] {
  return steps.filter(
    (step) =>
      keep.has(step.id) ||
      (matchesStatus(step, filter.status, today) && matchesOwner(step, filter.owner)),
  );
}

/** How many steps each state filter would keep, for the filter's choices. */
export function statusCounts(
  steps: readonly Pick<Step, "done" | "due">[],
  today: string,
): Record<StatusFilter, number> {
  const counts = { all: 0, open: 0, done: 0, overdue: 0 };
  for (const step of steps) {
    for (const status of STATUS_FILTERS) if (matchesStatus(step, status, today)) counts[status]++;
  }
  return counts;
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Everyone a step names as its owner, once each (as first typed), in alphabetical order. */
export function stepOwners(steps: readonly Pick<Step, "owner">[]): string[] {
  const seen = new Map<string, string>();
  for (const step of steps) {
    const key = ownerKey(step.owner);
    if (key !== "" && !seen.has(key)) seen.set(key, step.owner.trim().replace(/\s+/g, " "));
  }
  return [...seen.values()].sort(byName);
}

/** The names the Who box offers: the board's people and the owners named before, once each. */
export function ownerSuggestions(
  people: Readonly<Record<string, string>>,
  steps: readonly Pick<Step, "owner">[],
): string[] {
  const names = [...Object.values(people).map((owner) => ({ owner })), ...steps];
  return stepOwners(names);
}

/** The parts of the board's mirror that say where each note and cluster stands. */
export type RoomLayout = {
  lanes: readonly Pick<Lane, "id">[];
  clusterIdsByLane: Readonly<Record<string, readonly string[]>>;
  noteIdsByCluster: Readonly<Record<string, readonly string[]>>;
  looseNoteIdsByLane: Readonly<Record<string, readonly string[]>>;
};

/**
 * Every note and cluster in the room's order: lane by lane, each cluster followed by its notes,
 * then the notes in no cluster, as the lanes show them.
 */
export function itemsInRoomOrder(layout: RoomLayout): string[] {
  const order: string[] = [];
  for (const lane of layout.lanes) {
    for (const cluster of layout.clusterIdsByLane[lane.id] ?? []) {
      order.push(cluster, ...(layout.noteIdsByCluster[cluster] ?? []));
    }
    order.push(...(layout.looseNoteIdsByLane[lane.id] ?? []));
  }
  return order;
}

/**
 * Steps that follow from one item (`kind: "item"`), from items no longer on this board (a note
 * deleted since, or an item of the board the steps were carried from: `"gone"`), or from no
 * item at all (`"board"`).
 */
export type StepGroup<S> =
  | { kind: "item"; item: string; steps: S[] }
  | { kind: "gone" | "board"; steps: S[] };

/**
 * Steps grouped by the item they follow from, the items in `order` (the room's), then the steps
 * of items not on the board, then the steps of no item; each group keeps the steps' order and
 * no group is empty.
 */
export function groupStepsByItem<S extends Pick<Step, "item">>(
  steps: readonly S[],
  order: readonly string[],
): StepGroup<S>[] {
  const byItem = new Map<string, S[]>();
  for (const step of steps) {
    const list = byItem.get(step.item);
    if (list) list.push(step);
    else byItem.set(step.item, [step]);
  }
  const groups: StepGroup<S>[] = [];
  const placed = new Set<string>([""]);
  for (const item of order) {
    const list = byItem.get(item);
    if (!list || placed.has(item)) continue;
    placed.add(item);
    groups.push({ kind: "item", item, steps: list });
  }
  const gone = steps.filter((step) => !placed.has(step.item));
  if (gone.length > 0) groups.push({ kind: "gone", steps: gone });
  const board = byItem.get("");
  if (board) groups.push({ kind: "board", steps: board });
  return groups;
}

export function sameStep(a: Step, b: Step): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    a.owner === b.owner &&
    a.due === b.due &&
    a.measure === b.measure &&
    a.done === b.done &&
    a.item === b.item &&
    a.createdAt === b.createdAt &&
    a.createdBy === b.createdBy &&
    a.carriedFrom === b.carriedFrom
  );
}

function sameList(a: readonly Step[], b: readonly Step[]): boolean {
  return a.length === b.length && a.every((step, i) => sameStep(step, b[i] as Step));
}

/**
 * Each item's steps, worked out once per list of steps however many cards ask, and each item's
 * list kept as the same array while its steps are unchanged: a card that selects its own steps
 * renders again only when they change.
 */
export function stepsByItemMemo(): (
  steps: readonly Step[],
) => ReadonlyMap<string, readonly Step[]> {
  let last: readonly Step[] | null = null;
  let byItem = new Map<string, readonly Step[]>();
  return (steps) => {
    if (steps === last) return byItem;
    const next = new Map<string, Step[]>();
    for (const step of steps) {
      if (step.item === "") continue;
      const list = next.get(step.item);
      if (list) list.push(step);
      else next.set(step.item, [step]);
    }
    const kept = new Map<string, readonly Step[]>();
    for (const [item, list] of next) {
      const before = byItem.get(item);
      kept.set(item, before && sameList(before, list) ? before : list);
    }
    last = steps;
    byItem = kept;
    return kept;
  };
}

/** The board's one memo of steps by item, for the cards. */
export const stepsByItem = stepsByItemMemo();

/** A step's date (`YYYY-MM-DD`) as a local day, to be shown in the page's language. */
export function dueDay(due: string): Date {
  const [year, month, day] = due.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}
