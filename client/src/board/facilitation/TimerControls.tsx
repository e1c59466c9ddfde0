import { useTranslation } from "react-i18next";
import { startTimer, stopTimer } from "../../state/controlActions";
import { useControl } from "../../state/useFacilitation";
import { TimerForm } from "../../ui/TimerForm";

/** The facilitator starts a countdown everyone sees, with or without a chime at the end. */
export function TimerControls() {
  const { t } = useTranslation("header");
  const running = useControl((c) => c.timer !== null);
  return (
    <TimerForm
      startLabel={t("controls.startTimer")}
      stopLabel={t("controls.stopTimer")}
      running={running}
      onStart={startTimer}
      onStop={() => stopTimer()}
    />
  );
}
