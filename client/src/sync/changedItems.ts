import type * as Y from "yjs";

/** Any shared type, as a transaction names them. */
type SharedType = Y.Transaction["changed"] extends Map<infer T, unknown> ? T : never;

/**
 * What a transaction changed, one key per item a person would count: `notes:<id>` for a note
 * (however many keystrokes), `lanes:<id>`, `control:phase`, ... Nested changes count for the
 * entry of the root map they sit in, so typing into a note's text is that note.
 */
export function changedItems(transaction: Y.Transaction): string[] {
  const keys = new Set<string>();
  const rootName = (type: SharedType): string | null => {
    for (const [name, root] of transaction.doc.share) if (root === type) return name;
    return null;
  };
  for (const [type, subs] of transaction.changed) {
    let inner: SharedType = type;
    // Climb to the entry of a root map: the type whose parent is a root.
    while (inner._item?.parent && (inner._item.parent as SharedType)._item) {
      inner = inner._item.parent as SharedType;
    }
    const item = inner._item;
    if (!item) {
      // The root itself changed: one item per key set or removed.
      const name = rootName(type) ?? "root";
      for (const key of subs) if (key !== null) keys.add(`${name}:${key}`);
      continue;
    }
    const root = rootName(item.parent as SharedType) ?? "root";
    keys.add(`${root}:${item.parentSub ?? item.id.client}`);
  }
  return [...keys];
}
