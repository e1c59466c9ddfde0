import { MAX_TIMER_MINUTES } from "@roundtable/shared";
import { useState } from "react";
import { startTimer, stopTimer } from "../state/controlActions";
import { useControl } from "./useFacilitation";

function validMinutes(text: string): number | null {
  const minutes = Number(text);
  return text.trim() !== "" && minutes > 0 && minutes <= MAX_TIMER_MINUTES ? minutes : null;
}

/** The facilitator starts a countdown everyone sees, with or without a chime at the end. */
export function TimerControls() {
  const running = useControl((c) => c.timer !== null);
  const [minutes, setMinutes] = useState("5");
  const [chime, setChime] = useState(true);
  const valid = validMinutes(minutes);
  return (
    <form
      className="control-group"
      aria-label="Timer"
      // The check below decides (any time above zero); the browser's own would stop at `min`.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid !== null) startTimer(valid, chime);
      }}
    >
      <label className="number-field">
        Timer minutes
        <input
          type="number"
          min={1}
          max={MAX_TIMER_MINUTES}
          step="any"
          value={minutes}
          aria-invalid={valid === null}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </label>
      <label className="check-field">
        <input
          type="checkbox"
          checked={chime}
          onChange={(event) => setChime(event.target.checked)}
        />
        Chime
      </label>
      <button type="submit" disabled={valid === null}>
        Start timer
      </button>
      <button type="button" disabled={!running} onClick={() => stopTimer()}>
        Stop timer
      </button>
    </form>
  );
}
