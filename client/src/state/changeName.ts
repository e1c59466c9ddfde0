import { t } from "../i18n/i18n";
import { reconnectDelay } from "../sync/backoff";
import { setPresence } from "../sync/presence";
import { saveName } from "./identity";
import { savedRegistration } from "./registration";
import { currentSession } from "./session";

export type RenameResult =
  | { kind: "saved" }
  | { kind: "later" }
  | { kind: "refused"; message: string };

async function sendName(boardId: string, name: string): Promise<RenameResult> {
  const registration = savedRegistration(boardId);
  // Not registered yet (offline since joining): the name goes along when it registers.
  if (!registration) return { kind: "later" };
  try {
    const response = await fetch(
      `/api/boards/${encodeURIComponent(boardId)}/participants/${encodeURIComponent(registration.participantId)}`,
      {
        method: "PATCH",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${registration.token}`,
        },
        body: JSON.stringify({ name }),
      },
    );
    if (response.ok) return { kind: "saved" };
    const body = (await response.json().catch(() => ({}))) as { message?: unknown };
    const message =
      typeof body.message === "string"
        ? body.message
        : t("state:name.error", { status: response.status });
    return { kind: "refused", message };
  } catch {
    return { kind: "later" };
  }
}

let retry: ReturnType<typeof setTimeout> | undefined;

/**
 * Changes this person's name on the open board: at once in their presence (everyone sees it
 * beside their cursor), remembered in this browser, and in the board's roster through the
 * server, tried again until it gets there when the network is away. Notes keep their author.
 */
export async function changeName(name: string): Promise<RenameResult> {
  const session = currentSession();
  if (!session?.boardId || !session.identity) {
    return { kind: "refused", message: t("state:name.boardNotOpen") };
  }
  const { boardId } = session;
  const clean = saveName(name, boardId).name;
  session.identity = { ...session.identity, name: clean };
  setPresence(session.board.awareness, { name: clean });
  clearTimeout(retry);
  let attempts = 0;
  const attempt = async (): Promise<RenameResult> => {
    const result = await sendName(boardId, clean);
    if (result.kind === "later" && currentSession() === session) {
      retry = setTimeout(attempt, reconnectDelay(attempts++, Math.random, 2000, 30_000));
    }
    return result;
  };
  return attempt();
}
