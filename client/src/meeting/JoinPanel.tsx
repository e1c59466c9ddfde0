import type { CSSProperties } from "react";
import { Trans, useTranslation } from "react-i18next";
import { codeUrl } from "../join/joinAddress";
import { QrCode } from "../join/QrCode";
import type { MeetingGroup } from "../state/meetings";

/** One group's way in: its name, its code in type the back of the room can read, a QR code. */
function JoinTile({ group, address }: { group: MeetingGroup; address: string }) {
  const { t } = useTranslation("meeting");
  const link = codeUrl(address, group.joinCode);
  return (
    <li className="join-tile">
      <h3>{group.name}</h3>
      <p className="join-code">
        <span className="visually-hidden">{`${t("join.joinCode")} `}</span>
        {group.joinCode}
      </p>
      <QrCode url={link} label={t("join.qrCode", { name: group.name })} />
      <a className="join-link" href={link}>
        {address}
        <wbr />
        {link.slice(address.length)}
      </a>
    </li>
  );
}

/** How many rows the tiles take: five to a row at most. */
export function tileRows(count: number): number {
  return Math.max(1, Math.ceil(count / 5));
}

/**
 * Every group's join code, link and QR code. On the page it sits below the groups; "Show join
 * codes" shows the same tiles full screen, to project while people arrive.
 */
export function JoinTiles({
  groups,
  address,
}: {
  groups: readonly MeetingGroup[];
  address: string;
}) {
  const rows = tileRows(groups.length);
  const columns = Math.ceil(groups.length / rows);
  return (
    <ul className="join-tiles" style={{ "--rows": rows, "--columns": columns } as CSSProperties}>
      {groups.map((group) => (
        <JoinTile key={group.boardId} group={group} address={address} />
      ))}
    </ul>
  );
}

export function JoinPanel({
  groups,
  address,
}: {
  groups: readonly MeetingGroup[];
  address: string;
}) {
  const { t } = useTranslation("meeting");
  return (
    <section className="meeting-panel join-panel" aria-labelledby="join-panel-heading">
      <h2 id="join-panel-heading">
        <Trans
          t={t}
          i18nKey="join.joinAtHeading"
          values={{ address }}
          components={{ address: <span className="join-address" /> }}
        />
      </h2>
      <p className="muted">{t("join.howTo")}</p>
      <JoinTiles groups={groups} address={address} />
    </section>
  );
}
