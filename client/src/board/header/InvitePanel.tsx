import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { codeUrl, joinAddress } from "../../join/joinAddress";
import { QrCode } from "../../join/QrCode";
import { useBoardInvite } from "../../state/boardInvite";
import { useBoardStore } from "../../state/boardStore";
import { isNarrowScreen, useUiStore } from "../../state/uiStore";
import { ModalDialog } from "../../ui/ModalDialog";

function CopyField({
  label,
  copyLabel,
  value,
}: {
  label: string;
  /** The Copy button's name, which says what it copies ("Copy join link"). */
  copyLabel: string;
  value: string;
}) {
  const { t } = useTranslation("header");
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-field">
      <label>
        {label}
        <input readOnly value={value} onFocus={(event) => event.target.select()} />
      </label>
      <button
        type="button"
        aria-label={copyLabel}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? t("invite.copied") : t("invite.copy")}
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
  const { t } = useTranslation("header");
  const open = useInviteOpen(facilitatorUrl);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={INVITE_ID}
      onClick={() => useUiStore.setState({ inviteOpen: !open })}
    >
      {t("invite.button")}
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
  const { t } = useTranslation(["header", "shared"]);
  const open = useInviteOpen(facilitatorUrl);
  const title = useBoardStore((s) => s.title) || t("shared:board.untitled");
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
        <section id={INVITE_ID} aria-label={t("invite.region")} className="invite-strip">
          {code && (
            <div className="invite-code">
              <QrCode url={codeLink} label={t("invite.qrCode", { title })} />
              <p>
                <Trans
                  t={t}
                  i18nKey="invite.openAndType"
                  values={{ address }}
                  components={{ address: <strong className="invite-address" /> }}
                />
                <span className="join-code">
                  <span className="visually-hidden">{t("invite.joinCode")}</span>
                  {code}
                </span>
              </p>
              <button type="button" onClick={() => setShowing(true)}>
                {t("invite.showCode")}
              </button>
            </div>
          )}
          <div className="invite-links">
            <CopyField
              label={t("invite.joinLink")}
              copyLabel={t("invite.copyJoinLink")}
              value={joinUrl}
            />
            {facilitatorUrl && (
              <>
                {viewUrl && (
                  <CopyField
                    label={t("invite.viewLink")}
                    copyLabel={t("invite.copyViewLink")}
                    value={viewUrl}
                  />
                )}
                <CopyField
                  label={t("invite.facilitatorLink")}
                  copyLabel={t("invite.copyFacilitatorLink")}
                  value={facilitatorUrl.replace(window.location.origin, address)}
                />
                <p className="muted">{t("invite.linksNote")}</p>
              </>
            )}
          </div>
          <button
            type="button"
            className="quiet invite-close"
            aria-label={t("invite.closeLinks")}
            onClick={() => {
              useUiStore.setState({ inviteOpen: false });
              document.querySelector<HTMLElement>(`[aria-controls="${INVITE_ID}"]`)?.focus();
            }}
          >
            {t("invite.close")}
          </button>
        </section>
      )}
      <ModalDialog
        open={showing && code !== null}
        onClose={() => setShowing(false)}
        title={t("invite.joinTitle", { title })}
        closeLabel={t("invite.hideCode")}
        className="join-screen board-join-screen"
      >
        <p className="join-screen-hint">
          <Trans
            t={t}
            i18nKey="invite.screenHint"
            values={{ address }}
            components={{ address: <strong /> }}
          />
        </p>
        <p className="join-code board-join-code">
          <span className="visually-hidden">{t("invite.joinCode")}</span>
          {code}
        </p>
        {code && <QrCode url={codeLink} label={t("invite.qrCode", { title })} />}
      </ModalDialog>
    </>
  );
}
