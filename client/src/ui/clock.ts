import { t } from "../i18n/i18n";

/** A countdown as mm:ss, rounding up, so "00:00" shows only when the time is really over. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The same time in words, in the page's language, for the timer's accessible description. */
export function clockInWords(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds === 0) return t("common:timer.timesUp");
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t("common:timer.secondsLeft", { count: rest });
  if (rest === 0) return t("common:timer.minutesLeft", { count: minutes });
  return t("common:timer.minutesAndSecondsLeft", {
    minutes: t("common:timer.minuteCount", { count: minutes }),
    seconds: t("common:timer.secondCount", { count: rest }),
  });
}
