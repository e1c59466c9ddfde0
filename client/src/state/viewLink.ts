import { useEffect, useState } from "react";

/**
 * The board's read-only link for a projector or guest, from the board's summary; null until
 * it has arrived (or when offline). Asked only where it is shown: the facilitator's screen.
 */
export function useViewUrl(boardId: string, wanted: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    fetch(`/api/boards/${encodeURIComponent(boardId)}`)
      .then((response) => (response.ok ? response.json() : null))
      .then((summary: { viewUrl?: unknown } | null) => {
        if (current && typeof summary?.viewUrl === "string") setUrl(summary.viewUrl);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [boardId, wanted]);
  return url;
}
