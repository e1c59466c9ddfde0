import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Board } from "./board/Board";
import { JoinPrompt } from "./JoinPrompt";
import { type LinkCheck, OpeningPage, ProblemPage, useLinkCheck } from "./pageParts";
import { useBoardInvite } from "./state/boardInvite";
import { useBoardStore } from "./state/boardStore";
import { readFacilitatorKey, useFacilitatorKey } from "./state/facilitatorKey";
import { type Identity, savedIdentity } from "./state/identity";
import { openBoardSession } from "./state/openSession";

/**
 * A board's page: the name prompt first, then the live board. `linkCheck`, when given, is the
 * question whether the board exists, already asked (see main.tsx).
 */
export function BoardPage({
  boardId,
  linkCheck,
}: {
  boardId: string;
  linkCheck?: Promise<LinkCheck>;
}) {
  const { t } = useTranslation("common");
  const [identity, setIdentity] = useState<Identity | null>(() => savedIdentity(boardId));
  // The join prompt names the board (a meeting's group board is titled after its group).
  const summary = useBoardInvite(boardId, identity === null);
  // Offline ("unreachable"), the copy kept in this browser opens and syncs later.
  const existence = useLinkCheck(`/api/boards/${encodeURIComponent(boardId)}`, linkCheck);
  const loaded = useBoardStore((s) => s.loaded);
  const refusal = useBoardStore((s) => s.connection.refusal);
  const facilitatorKey = readFacilitatorKey(window.location.hash);

  useEffect(() => {
    useFacilitatorKey.setState({ key: facilitatorKey });
  }, [facilitatorKey]);

  useEffect(() => {
    if (!identity || existence === "checking" || existence === "unknown") return;
    // Joining registers this person with the board (in the background, retried when offline).
    return openBoardSession(boardId, identity, facilitatorKey);
  }, [boardId, identity, existence, facilitatorKey]);

  if (existence === "unknown") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {t("boardPage.missing")}
        </p>
        <a href="/">{t("boardPage.startNew")}</a>
      </ProblemPage>
    );
  }
  if (!identity) {
    return <JoinPrompt boardId={boardId} title={summary?.title ?? null} onJoin={setIdentity} />;
  }
  if (!loaded && refusal) {
    // Refused before anything could be shown (a facilitator link that does not fit): say so.
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {refusal}
        </p>
        <a href={window.location.pathname}>{t("boardPage.openAsParticipant")}</a>
      </ProblemPage>
    );
  }
  if (!loaded) return <OpeningPage />;
  return <Board facilitatorUrl={facilitatorKey ? window.location.href : null} />;
}
