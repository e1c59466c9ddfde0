/**
 * Where the focus goes in a menu of `count` items after `key`, from `current`: arrows move and
 * wrap round, Home and End jump to the ends. Null for keys a menu leaves alone.
 */
export function nextMenuIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : (current + 1) % count;
    case "ArrowUp":
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The first item whose label starts with the typed letter, after `current`, wrapping round. */
export function indexByLetter(letter: string, current: number, labels: readonly string[]) {
  const wanted = letter.toLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const index = (current + step) % labels.length;
    if (labels[index]?.toLowerCase().startsWith(wanted)) return index;
  }
  return null;
}
