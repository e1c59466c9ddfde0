import { useState } from "react";
import { useUiStore } from "../state/uiStore";
import { useViewUrl } from "../state/viewLink";

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-field">
      <label>
        {label}
        <input readOnly value={value} onFocus={(event) => event.target.select()} />
      </label>
      <button
        type="button"
        aria-label={`Copy ${label.toLowerCase()}`}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

export const INVITE_ID = "invite-people";

/** Open by default on the facilitator's screen, so the links are at hand when the board is new. */
export function useInviteOpen(facilitatorUrl: string | null): boolean {
  return useUiStore((s) => s.inviteOpen ?? facilitatorUrl !== null);
}

/** The header's button that shows and hides the invite strip. */
export function InviteToggle({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const open = useInviteOpen(facilitatorUrl);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={INVITE_ID}
      onClick={() => useUiStore.setState({ inviteOpen: !open })}
    >
      Invite
    </button>
  );
}

/**
 * The links, in a strip across the board rather than a pop-over, so it never covers the
 * facilitator's controls: the join link for everyone, the facilitator link only on the
 * facilitator's screen.
 */
export function InvitePanel({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const open = useInviteOpen(facilitatorUrl);
  const joinUrl = `${window.location.origin}${window.location.pathname}`;
  const boardId = window.location.pathname.split("/").pop() ?? "";
  const viewUrl = useViewUrl(boardId, open && facilitatorUrl !== null);
  if (!open) return null;
  return (
    <section id={INVITE_ID} aria-label="Invite people" className="invite-strip">
      <CopyField label="Join link" value={joinUrl} />
      {facilitatorUrl && (
        <>
          {viewUrl && <CopyField label="View link" value={viewUrl} />}
          <CopyField label="Facilitator link" value={facilitatorUrl} />
          <p className="muted">
            The view link shows the board read-only, for a projector or a guest. Keep the
            facilitator link to yourself: it gives control of the board; open it on another laptop
            to take the board with you.
          </p>
        </>
      )}
      <button
        type="button"
        className="quiet"
        aria-label="Close invite links"
        onClick={() => useUiStore.setState({ inviteOpen: false })}
      >
        Close
      </button>
    </section>
  );
}
