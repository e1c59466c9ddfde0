/** What the server hands a participant: the id to write as, and the token that proves it. */
export type Registration = { participantId: string; token: string };

export type RegisterResult =
  | { kind: "registered"; registration: Registration }
  /** No answer (offline, server down): try again later. */
  | { kind: "unreachable" }
  /** The server said no for good (unknown board, bad name): trying again will not help. */
  | { kind: "refused"; status: number; message: string };

async function post(boardId: string, body: { name: string; id?: string }): Promise<Response> {
  return fetch(`/api/boards/${encodeURIComponent(boardId)}/participants`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === "string") return body.message;
  } catch {
    // Not JSON: fall through to the status.
  }
  return `the server answered ${response.status}`;
}

/**
 * Registers this person with the board under the id they already write notes with; when that
 * id is taken (409), registers again and lets the server choose one.
 */
export async function registerParticipant(
  boardId: string,
  name: string,
  proposedId: string,
): Promise<RegisterResult> {
  try {
    let response = await post(boardId, { name, id: proposedId });
    if (response.status === 409) response = await post(boardId, { name });
    if (response.status === 201 || response.ok) {
      const body = (await response.json()) as Partial<Registration>;
      if (typeof body.participantId === "string" && typeof body.token === "string") {
        return {
          kind: "registered",
          registration: { participantId: body.participantId, token: body.token },
        };
      }
      return { kind: "refused", status: response.status, message: "unexpected answer" };
    }
    // 5xx and proxies' gateway errors: the server may be back in a moment.
    if (response.status >= 500 || response.status === 429) return { kind: "unreachable" };
    return { kind: "refused", status: response.status, message: await messageOf(response) };
  } catch {
    return { kind: "unreachable" };
  }
}
