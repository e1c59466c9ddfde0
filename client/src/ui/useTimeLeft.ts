import { type Timer, timeLeft } from "@roundtable/shared";
import { useEffect, useState } from "react";

/** Milliseconds left on `timer`, by the server's clock `now()`, ticking every 250 ms. */
export function useTimeLeft(timer: Timer | null, now: () => number): number | null {
  const [left, setLeft] = useState(() => (timer ? timeLeft(timer, now()) : null));
  useEffect(() => {
    if (!timer) {
      setLeft(null);
      return;
    }
    const tick = () => setLeft(timeLeft(timer, now()));
    tick();
    const interval = setInterval(tick, 250);
    return () => clearInterval(interval);
  }, [timer, now]);
  return left;
}
