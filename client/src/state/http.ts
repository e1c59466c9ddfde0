import { currentLanguage, i18n, t } from "../i18n/i18n";

/** The facilitator key as a Bearer header, or nothing for everyone else. */
export function authHeaders(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** What went wrong with a request, in words a facilitator can act on. */
export class RequestProblem extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The line of an imported text the server could not read, when it says which. */
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = "RequestProblem";
  }
}

type ErrorBody = { error?: unknown; message?: unknown; line?: unknown };

function fallbackMessage(status: number, what: string): string {
  if (status === 401 || status === 403) return t("state:http.facilitatorOnly", { action: what });
  if (status === 404) return t("state:http.notFound");
  if (status === 413) return t("state:http.tooLarge");
  if (status >= 500) return t("state:http.serverProblem");
  return t("state:http.serverAnswered", { status });
}

/**
 * The server's error code in the page's language, for a page not in English (the server's own
 * messages are English); null for a code the catalogue does not know.
 */
function codeMessage(code: unknown, line: number | null): string | null {
  if (typeof code !== "string" || !/^[a-z-]+$/.test(code)) return null;
  const key = code === "invalid-import" && line !== null ? "invalid-import-line" : code;
  if (!i18n.exists(`state:http.code.${key}`)) return null;
  return i18n.t(`state:http.code.${key}` as never, { line }) as string;
}

/** The server's messages are lower-case phrases; on screen they read as sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Turns a failed response into a RequestProblem: the server's own message when it sent the
 * usual `{error, message}` body, else a sentence for the status. `what` completes "Only the
 * facilitator can …", in the page's language (one of `state:http.action`).
 */
export async function problemFrom(response: Response, what: string): Promise<RequestProblem> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const line = typeof body?.line === "number" && body.line > 0 ? body.line : null;
  // The server's 401/403 messages speak of keys and headers; a person needs to know what to do.
  const own = response.status !== 401 && response.status !== 403 ? body?.message : undefined;
  const translated =
    currentLanguage() === "en" || response.status === 401 || response.status === 403
      ? null
      : codeMessage(body?.error, line);
  const message =
    translated ??
    (typeof own === "string" && own.trim() && currentLanguage() === "en"
      ? sentence(own)
      : fallbackMessage(response.status, what));
  return new RequestProblem(message, response.status, line);
}

/** The JSON body of a successful response; a failed one throws its RequestProblem. */
export async function jsonFrom<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw await problemFrom(response, what);
  try {
    return (await response.json()) as T;
  } catch {
    throw new RequestProblem(t("state:http.unreadable"), response.status);
  }
}

/** A network failure (offline, server down) as the same kind of problem. */
export function unreachable(): RequestProblem {
  return new RequestProblem(t("state:http.unreachable"), 0);
}

/** `fetch`, with a network failure turned into a RequestProblem. */
export async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw unreachable();
  }
}

/** An error's message for people, whatever was thrown. */
export function problemText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return t("state:http.somethingWrong");
}
