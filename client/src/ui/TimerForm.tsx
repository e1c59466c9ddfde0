import { MAX_TIMER_MINUTES } from "@roundtable/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckField, NumberField } from "./Fields";

function validMinutes(text: string): number | null {
  const minutes = Number(text);
  return text.trim() !== "" && minutes > 0 && minutes <= MAX_TIMER_MINUTES ? minutes : null;
}

type Props = {
  /** Names of the buttons, e.g. "Start timer" and "Stop timer". */
  startLabel: string;
  stopLabel: string;
  /** Whether there is a timer to stop. */
  running: boolean;
  onStart(minutes: number, chime: boolean): void;
  onStop(): void;
};

/** Minutes, a chime or not, start and stop: a countdown everyone sees. */
export function TimerForm({ startLabel, stopLabel, running, onStart, onStop }: Props) {
  const { t } = useTranslation("common");
  const [minutes, setMinutes] = useState("5");
  const [chime, setChime] = useState(true);
  const valid = validMinutes(minutes);
  return (
    <form
      className="control-group"
      aria-label={t("timer.form")}
      // The check below decides (any time above zero); the browser's own would stop at `min`.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid !== null) onStart(valid, chime);
      }}
    >
      <NumberField
        label={t("timer.minutesLabel")}
        min={1}
        max={MAX_TIMER_MINUTES}
        step="any"
        value={minutes}
        invalid={valid === null}
        onChange={setMinutes}
      />
      <CheckField label={t("timer.chime")} checked={chime} onChange={setChime} />
      <button type="submit" disabled={valid === null}>
        {startLabel}
      </button>
      <button type="button" disabled={!running} onClick={onStop}>
        {stopLabel}
      </button>
    </form>
  );
}
