/**
 * `text` trimmed and cut to `max` characters (code points, as the checks on writes count them):
 * another program may have stored more than the server lets anyone write.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? chars.slice(0, max).join("").trim() : text.trim();
}
