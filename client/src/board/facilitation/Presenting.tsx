import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { RoomView } from "../../room/RoomView";
import { useBoardInvite } from "../../state/boardInvite";
import { currentSession } from "../../state/session";
import { useUiStore } from "../../state/uiStore";

export function startPresenting(): void {
  useUiStore.setState({ presenting: true });
  // Full screen where the browser allows it (a projector); the view fits either way.
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function stopPresenting(): void {
  useUiStore.setState({ presenting: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** The facilitator's "Present": the room's screen over the board, until "Stop presenting". */
export function Presenting() {
  const { t } = useTranslation("header");
  const invite = useBoardInvite(currentSession()?.boardId ?? "", true);
  const stop = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    stop.current?.focus();
    // Leaving full screen with the browser's own key ends presenting too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) useUiStore.setState({ presenting: false });
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => document.removeEventListener("fullscreenchange", onFullscreen);
  }, []);
  return (
    <RoomView
      invite={invite}
      actions={
        <button ref={stop} type="button" onClick={stopPresenting}>
          {t("present.stop")}
        </button>
      }
    />
  );
}
