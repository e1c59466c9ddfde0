import { useState } from "react";
import { codeUrl, joinAddress } from "../../join/joinAddress";
import { QrCode } from "../../join/QrCode";
import { useBoardInvite } from "../../state/boardInvite";
import { useBoardStore } from "../../state/boardStore";
import { isNarrowScreen, useUiStore } from "../../state/uiStore";
import { ModalDialog } from "../../ui/ModalDialog";

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

/**
 * Open by default on the facilitator's screen, so the links are at hand when the board is new;
 * closed on a phone, where it would fill the first screen.
 */
export function useInviteOpen(facilitatorUrl: string | null): boolean {
  return useUiStore((s) => s.inviteOpen ?? (facilitatorUrl !== null && !isNarrowScreen()));
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
 * The way in, in a strip across the board rather than a pop-over, so it never covers the
 * facilitator's controls: the address people on the room's network open, the board's join code
 * in large type and its QR code, the join link; on the facilitator's screen also the view and
 * facilitator links and "Show join code", which fills the screen for the projector.
 */
export function InvitePanel({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const open = useInviteOpen(facilitatorUrl);
  const title = useBoardStore((s) => s.title) || "Untitled board";
  const [showing, setShowing] = useState(false);
  const boardId = window.location.pathname.split("/").pop() ?? "";
  const invite = useBoardInvite(boardId, open || showing);
  if (!open && !showing) return null;
  // Never "localhost" when the server can be reached on the room's network.
  const address = joinAddress(invite ?? { joinAddresses: [] }, window.location.origin);
  const joinUrl = `${address}${window.location.pathname}`;
  const code = invite?.joinCode ?? null;
  const codeLink = code ? codeUrl(address, code) : joinUrl;
  const viewUrl = invite?.viewUrl ? invite.viewUrl.replace(window.location.origin, address) : null;
  return (
    <>
      {open && (
        <section id={INVITE_ID} aria-label="Invite people" className="invite-strip">
          {code && (
            <div className="invite-code">
              <QrCode url={codeLink} label={`QR code to join ${title}`} />
              <p>
                Open <strong className="invite-address">{address}</strong> and type the code
                <span className="join-code">
                  <span className="visually-hidden">Join code: </span>
                  {code}
                </span>
              </p>
              <button type="button" onClick={() => setShowing(true)}>
                Show join code
              </button>
            </div>
          )}
          <div className="invite-links">
            <CopyField label="Join link" value={joinUrl} />
            {facilitatorUrl && (
              <>
                {viewUrl && <CopyField label="View link" value={viewUrl} />}
                <CopyField
                  label="Facilitator link"
                  value={facilitatorUrl.replace(window.location.origin, address)}
                />
                <p className="muted">
                  The view link shows the board read-only, for a projector or a guest. Keep the
                  facilitator link to yourself: it gives control of the board; open it on another
                  laptop to take the board with you.
                </p>
              </>
            )}
          </div>
          <button
            type="button"
            className="quiet invite-close"
            aria-label="Close invite links"
            onClick={() => {
              useUiStore.setState({ inviteOpen: false });
              document.querySelector<HTMLElement>(`[aria-controls="${INVITE_ID}"]`)?.focus();
            }}
          >
            Close
          </button>
        </section>
      )}
      <ModalDialog
        open={showing && code !== null}
        onClose={() => setShowing(false)}
        title={`Join ${title}`}
        closeLabel="Hide join code"
        className="join-screen board-join-screen"
      >
        <p className="join-screen-hint">
          Open <strong>{address}</strong> on a laptop or phone and type this code, or scan the QR
          code with a phone.
        </p>
        <p className="join-code board-join-code">
          <span className="visually-hidden">Join code: </span>
          {code}
        </p>
        {code && <QrCode url={codeLink} label={`QR code to join ${title}`} />}
      </ModalDialog>
    </>
  );
}
