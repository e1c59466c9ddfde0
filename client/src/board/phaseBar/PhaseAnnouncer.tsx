import { useEffect, useRef, useState } from "react";
import { t } from "../../i18n/i18n";
import { useControlStore } from "../../state/controlStore";
import { useControl } from "../../state/useFacilitation";

/**
 * Tells screen readers what the facilitator changed: a new phase, the lock, the reveal of
 * notes or votes. Nothing is said for the state the board opened in, nor while that state is
 * still arriving from the server (defaults or this browser's copy turning into the real one).
 * Each message is said in the page's language at the moment of the change.
 */
export function PhaseAnnouncer() {
  const phase = useControl((c) => c.phase);
  const locked = useControl((c) => c.locked);
  const privateWriting = useControl((c) => c.privateWriting);
  const revealed = useControl((c) => c.votes.revealed);
  const live = useControlStore((s) => s.source === "server");
  const [message, setMessage] = useState("");
  const before = useRef({ phase, locked, privateWriting, revealed, live });

  useEffect(() => {
    const was = before.current;
    before.current = { phase, locked, privateWriting, revealed, live };
    if (!was.live) return;
    const changes: string[] = [];
    if (was.phase !== phase) {
      changes.push(t("board:phase.announce.now", { phase: t(`common:phase.${phase}`) }));
    }
    if (was.locked !== locked) {
      changes.push(locked ? t("board:phase.announce.locked") : t("board:phase.announce.unlocked"));
    }
    if (was.privateWriting !== privateWriting) {
      changes.push(
        privateWriting ? t("board:phase.announce.privateOn") : t("board:phase.announce.privateOff"),
      );
    }
    if (was.revealed !== revealed) {
      changes.push(
        revealed ? t("board:phase.announce.votesRevealed") : t("board:phase.announce.votesHidden"),
      );
    }
    if (changes.length > 0) setMessage(changes.join(" "));
  }, [phase, locked, privateWriting, revealed, live]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}
