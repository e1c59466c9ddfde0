import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { serverNow } from "../state/controlStore";
import { useControl } from "../state/useFacilitation";
import { playChime } from "./chime";
import { clockInWords, formatClock } from "./clock";
import { useTimeLeft } from "./useTimeLeft";

/** Timers whose chime this screen has played: each timer (its end time) chimes once. */
const chimed = new Set<number>();

/**
 * The same countdown on every screen, from the server's clock. At zero it shows "Time's up",
 * which the polite live region announces, and plays the chime if the facilitator asked for
 * one — only on screens that saw the timer running, so a late joiner hears nothing.
 */
export function Countdown() {
  const { t } = useTranslation("common");
  const timer = useControl((c) => c.timer);
  const left = useTimeLeft(timer, serverNow);
  const sawRunning = useRef<number | null>(null);
  const over = timer !== null && left === 0;

  useEffect(() => {
    if (!timer || left === null) return;
    if (left > 0) sawRunning.current = timer.endsAt;
    else if (timer.chime && sawRunning.current === timer.endsAt && !chimed.has(timer.endsAt)) {
      chimed.add(timer.endsAt);
      playChime();
    }
  }, [timer, left]);

  return (
    <div className="countdown">
      {timer && left !== null && (
        <span
          role="timer"
          aria-label={t("timer.timeLeft")}
          aria-description={clockInWords(left)}
          className={over ? "clock clock-over" : "clock"}
        >
          {formatClock(left)}
        </span>
      )}
      <span aria-live="polite" className="times-up">
        {over ? t("timer.timesUp") : ""}
      </span>
    </div>
  );
}
