import type * as Y from "yjs";
import { recordIn } from "./doc";
import { BoardOpError } from "./errors";
import { type Position, resolveIndex } from "./guards";
import { type Orderable, type Placement, placeAt } from "./order";

/**
 * Plans where an item goes among its sorted siblings (which may include the item itself, it is
 * left out). Runs before the transaction, so a bad neighbour id rejects the whole operation.
 */
export function planPlacement(
  siblings: readonly Orderable[],
  position: Position,
  what: string,
  self?: string,
): Placement {
  if (self !== undefined && (position.before === self || position.after === self)) {
    throw new BoardOpError("invalid-input", `a ${what} cannot be placed next to itself`);
  }
  const others = siblings.filter((item) => item.id !== self);
  return placeAt(others, resolveIndex(others, position, what));
}

/** Writes keys that had to change to make room; inside the operation's transaction. */
export function writeOrders(
  root: Y.Map<unknown>,
  field: string,
  items: readonly Orderable[],
): void {
  for (const { id, order } of items) recordIn(root, id)?.set(field, order);
}
