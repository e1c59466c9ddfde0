// Text measuring and diffing shared by the note, lane, cluster and board operations.

/** Longest board, lane or cluster title, in characters. */
export const MAX_TITLE = 200;

/** Longest lane subtitle, in characters. */
export const MAX_SUBTITLE = 200;

/**
 * Length in Unicode code points. Grapheme clusters would match what people see more closely,
 * but their boundaries depend on the engine's Unicode tables, and a browser and the server must
 * always agree on whether a text fits the limit.
 */
export function textLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count++;
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when a UTF-16 index falls between the two halves of one emoji or other astral character. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

export type TextSplice = { index: number; deleteCount: number; insert: string };

/**
 * The single splice turning `before` into `after`, keeping the common prefix and suffix. Small
 * splices let concurrent edits elsewhere in the same note survive the merge. Boundaries never
 * fall inside a surrogate pair, so merged text cannot end up with half an emoji.
 */
export function textSplice(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (splitsSurrogatePair(before, prefix) || splitsSurrogatePair(after, prefix)) prefix--;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (
    splitsSurrogatePair(before, before.length - suffix) ||
    splitsSurrogatePair(after, after.length - suffix)
  ) {
    suffix--;
  }
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}
