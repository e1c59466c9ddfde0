import type { ControlState } from "@roundtable/shared";
import { reconnectDelay } from "../sync/backoff";
import type { DocConnection } from "../sync/connection";
import { useControlStore } from "./controlStore";

/**
 * A board connection held after the server refused a change (the board was locked) goes on
 * once the control document says the board is unlocked. The unlock may also have arrived just
 * before the refusal (two sockets), so a hold while unlocked tries again after a growing,
 * jittered pause, never in a tight loop. Returns what to call on each control change, and the
 * stop.
 */
export function resumeWhenUnlocked(board: DocConnection): {
  onControl(control: ControlState): void;
  stop(): void;
} {
  let holds = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unlocked = () => !useControlStore.getState().control.locked;
  const stopWatching = board.subscribe((state) => {
    if (state.status === "connected") holds = 0;
    if (!state.held || timer !== undefined || !unlocked()) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        if (unlocked()) board.resume();
      },
      reconnectDelay(holds++, Math.random, 1000, 30_000),
    );
  });
  return {
    onControl(control) {
      if (!control.locked && board.state().held) {
        clearTimeout(timer);
        timer = undefined;
        board.resume();
      }
    },
    stop() {
      clearTimeout(timer);
      stopWatching();
    },
  };
}
