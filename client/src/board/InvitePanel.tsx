import { useState } from "react";

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

/**
 * The links: the join link for everyone, the facilitator link only on the facilitator's
 * screen, where the panel starts open so the links are at hand when the board is new.
 */
export function InvitePanel({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const joinUrl = `${window.location.origin}${window.location.pathname}`;
  return (
    <details className="invite" open={facilitatorUrl !== null}>
      <summary>Invite</summary>
      <section aria-label="Invite people" className="invite-body">
        <CopyField label="Join link" value={joinUrl} />
        {facilitatorUrl && (
          <>
            <CopyField label="Facilitator link" value={facilitatorUrl} />
            <p className="muted">
              Keep the facilitator link to yourself: it gives control of the board. Open it on
              another laptop to take the board with you.
            </p>
          </>
        )}
      </section>
    </details>
  );
}
