/** `next`, or `before` when it holds the same ids in the same order, so selectors see no change. */
export function reuseIds(before: string[] | undefined, next: string[]): string[] {
  return before !== undefined &&
    before.length === next.length &&
    before.every((id, i) => id === next[i])
    ? before
    : next;
}

/** Each list of `lists` through reuseIds against the same key of `previous`. */
export function reuseIdLists(
  previous: Record<string, string[]>,
  lists: Record<string, string[]>,
): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(lists)) kept[key] = reuseIds(previous[key], ids);
  return kept;
}

/** Appends `id` to the list under `key`, creating it. */
export function pushId(lists: Record<string, string[]>, key: string, id: string): void {
  const list = lists[key];
  if (list) list.push(id);
  else lists[key] = [id];
}
