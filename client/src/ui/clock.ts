/** A countdown as mm:ss, rounding up, so "00:00" shows only when the time is really over. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The same time in words, for the timer's accessible description. */
export function clockInWords(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds === 0) return "Time's up";
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${plural(rest, "second")} left`;
  if (rest === 0) return `${plural(minutes, "minute")} left`;
  return `${plural(minutes, "minute")} ${plural(rest, "second")} left`;
}
