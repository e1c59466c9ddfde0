import { useEffect, useState } from "react";
import { Board } from "./board/Board";
import { readFacilitatorKey, useFacilitatorKey } from "./board/facilitator";
import { JoinPrompt } from "./JoinPrompt";
import { bindBoard } from "./state/bindBoard";
import { useBoardStore } from "./state/boardStore";
import { type Identity, savedIdentity } from "./state/identity";

type Existence = "checking" | "exists" | "unknown" | "unreachable";

/** A board's page: the name prompt first, then the live board. */
export function BoardPage({ boardId }: { boardId: string }) {
  const [identity, setIdentity] = useState<Identity | null>(() => savedIdentity());
  const [existence, setExistence] = useState<Existence>("checking");
  const loaded = useBoardStore((s) => s.loaded);
  const facilitatorKey = readFacilitatorKey(window.location.hash);

  useEffect(() => {
    useFacilitatorKey.setState({ key: facilitatorKey });
  }, [facilitatorKey]);

  useEffect(() => {
    fetch(`/api/boards/${encodeURIComponent(boardId)}`)
      .then((response) => setExistence(response.status === 404 ? "unknown" : "exists"))
      // Offline: the copy kept in this browser opens, and syncs when the network is back.
      .catch(() => setExistence("unreachable"));
  }, [boardId]);

  useEffect(() => {
    if (!identity || existence === "checking" || existence === "unknown") return;
    return bindBoard(boardId, identity);
  }, [boardId, identity, existence]);

  if (existence === "unknown") {
    return (
      <main className="start">
        <h1>Roundtable</h1>
        <p role="alert" className="error">
          This board does not exist. Check the link, or ask the facilitator for a new one.
        </p>
        <a href="/">Start a new board</a>
      </main>
    );
  }
  if (!identity) return <JoinPrompt onJoin={setIdentity} />;
  if (!loaded) {
    return (
      <main className="start">
        <p role="status">Opening the board…</p>
      </main>
    );
  }
  return <Board facilitatorUrl={facilitatorKey ? window.location.href : null} />;
}
