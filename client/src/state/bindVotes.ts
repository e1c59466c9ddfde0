import { votesDocName } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { watchVotes } from "../sync/control";
import { connectResettable, type ResettableConnection } from "../sync/resettable";
import { useUiStore } from "./uiStore";
import { initialVotesStore, useVotesStore } from "./votesStore";

/**
 * The bridge from one's votes document into the votes store. The document lives in memory: the
 * server is the truth, and when it refuses a vote (over budget, voting closed) the local copy
 * is thrown away and opened again from the server.
 */
export function bindVotes(
  boardId: string,
  participantId: string,
  token: string,
): ResettableConnection {
  useVotesStore.setState(initialVotesStore, true);
  return connectResettable(
    { room: votesDocName(boardId, participantId), params: { token } },
    {
      onOpen(connection) {
        useVotesStore.setState(initialVotesStore, true);
        let ready = false;
        let latest: Record<string, number> = {};
        const stopWatching = watchVotes(connection.doc, (mine) => {
          latest = mine;
          if (ready) useVotesStore.setState({ mine });
        });
        // Votes are shown and placed once the server's copy arrived, never on a guess.
        const stopStatus = connection.subscribe((state) => {
          if (ready || state.status !== "connected") return;
          ready = true;
          useVotesStore.setState({ mine: latest, ready: true });
        });
        return () => {
          stopWatching();
          stopStatus();
        };
      },
      onRefused(reason) {
        useUiStore.setState({ notice: t("state:refused.vote", { reason }) });
      },
    },
  );
}
