import { useTranslation } from "react-i18next";
import type { MeetingGroup } from "../state/meetings";
import { ModalDialog } from "../ui/ModalDialog";
import { JoinTiles } from "./JoinPanel";

type Props = {
  open: boolean;
  onClose(): void;
  groups: readonly MeetingGroup[];
  address: string;
};

/** The join codes filling the screen, for the projector while people arrive; Escape closes. */
export function JoinScreen({ open, onClose, groups, address }: Props) {
  const { t } = useTranslation("meeting");
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title={t("join.joinAt", { address })}
      closeLabel={t("join.hideCodes")}
      className="join-screen"
    >
      <p className="join-screen-hint">{t("join.screenHint")}</p>
      <JoinTiles groups={groups} address={address} />
    </ModalDialog>
  );
}
