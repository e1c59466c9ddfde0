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
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title={`Join at ${address}`}
      closeLabel="Hide join codes"
      className="join-screen"
    >
      <p className="join-screen-hint">
        Open the address and type your group's code, or scan its QR code with a phone.
      </p>
      <JoinTiles groups={groups} address={address} />
    </ModalDialog>
  );
}
