import { Trans, useTranslation } from "react-i18next";
import { codeUrl, joinAddress } from "../join/joinAddress";
import { QrCode } from "../join/QrCode";
import type { BoardInvite } from "../state/boardInvite";

/** The way in, on the room's screen: the address, the board's code in large type, a QR code. */
export function RoomJoin({ invite, title }: { invite: BoardInvite; title: string }) {
  const { t } = useTranslation("meeting");
  if (!invite.joinCode) return null;
  const address = joinAddress(invite, window.location.origin);
  return (
    <section className="room-join" aria-label={t("room.joinBoard")}>
      <QrCode url={codeUrl(address, invite.joinCode)} label={t("join.qrCode", { name: title })} />
      <p>
        <Trans
          t={t}
          i18nKey="join.joinAtHeading"
          values={{ address }}
          components={{ address: <strong className="room-join-address" /> }}
        />
        <span className="room-join-code">
          <span className="visually-hidden">{`${t("join.joinCode")} `}</span>
          {invite.joinCode}
        </span>
      </p>
    </section>
  );
}
