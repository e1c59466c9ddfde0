import { useEffect, useState } from "react";

/** What inviting people to a board takes, from the board's summary (`GET /api/boards/:id`). */
export type BoardInvite = {
  title: string | null;
  joinCode: string | null;
  /** The server's addresses on the room's network; empty when it listens on loopback only. */
  joinAddresses: string[];
  /** The read-only link, for the facilitator's screen. */
  viewUrl: string | null;
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

export function readBoardInvite(summary: unknown): BoardInvite {
  const fields = (typeof summary === "object" && summary !== null ? summary : {}) as Record<
    string,
    unknown
  >;
  return {
    title: typeof fields.title === "string" ? fields.title : null,
    joinCode: typeof fields.joinCode === "string" ? fields.joinCode : null,
    joinAddresses: strings(fields.joinAddresses),
    viewUrl: typeof fields.viewUrl === "string" ? fields.viewUrl : null,
  };
}

/** The invite part of the summary at `url`; null until it has arrived (or when offline). */
function useInviteFrom(url: string | null): BoardInvite | null {
  const [invite, setInvite] = useState<BoardInvite | null>(null);
  useEffect(() => {
    if (!url) return;
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((summary: unknown) => {
        if (current && summary) setInvite(readBoardInvite(summary));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url]);
  return invite;
}

/**
 * The board's join code, network addresses and view link; null until they have arrived (or
 * when offline). Asked only while something shows them.
 */
export function useBoardInvite(boardId: string, wanted: boolean): BoardInvite | null {
  return useInviteFrom(wanted && boardId ? `/api/boards/${encodeURIComponent(boardId)}` : null);
}

/** The same through a view link, which knows the join code but never the board id. */
export function useViewInvite(viewToken: string): BoardInvite | null {
  return useInviteFrom(`/api/view/${encodeURIComponent(viewToken)}`);
}
