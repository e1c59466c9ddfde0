import { codeUrl, joinAddress } from "../join/joinAddress";
import { QrCode } from "../join/QrCode";
import type { BoardInvite } from "../state/boardInvite";

/** The way in, on the room's screen: the address, the board's code in large type, a QR code. */
export function RoomJoin({ invite, title }: { invite: BoardInvite; title: string }) {
  if (!invite.joinCode) return null;
  const address = joinAddress(invite, window.location.origin);
  return (
    <section className="room-join" aria-label="Join this board">
      <QrCode url={codeUrl(address, invite.joinCode)} label={`QR code to join ${title}`} />
      <p>
        Join at <strong className="room-join-address">{address}</strong>
        <span className="room-join-code">
          <span className="visually-hidden">Join code: </span>
          {invite.joinCode}
        </span>
      </p>
    </section>
  );
}
