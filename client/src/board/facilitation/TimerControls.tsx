import { startTimer, stopTimer } from "../../state/controlActions";
import { useControl } from "../../state/useFacilitation";
import { TimerForm } from "../../ui/TimerForm";

/** The facilitator starts a countdown everyone sees, with or without a chime at the end. */
export function TimerControls() {
  const running = useControl((c) => c.timer !== null);
  return (
    <TimerForm
      startLabel="Start timer"
      stopLabel="Stop timer"
      running={running}
      onStart={startTimer}
      onStop={() => stopTimer()}
    />
  );
}
