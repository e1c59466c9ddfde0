/**
 * A browser's `Origin` is the server's own (same host as the request's `Host`) or one listed
 * in `ALLOWED_ORIGINS`. A request without an `Origin` comes from a program, not a page.
 */
export function originAllowed(
  origin: string | undefined,
  hostHeader: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return hostHeader !== undefined && new URL(origin).host === hostHeader.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * `application/json` (or `…+json`): a page of another site can send this type only after a
 * CORS preflight, which this server never grants, so such a request is not a cross-site one.
 */
export function isJsonContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}
