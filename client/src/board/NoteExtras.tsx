import { useTranslation } from "react-i18next";
import { VoteBadges } from "../phases/VoteBadges";
import { useControl } from "../state/useFacilitation";
import { AddStepButton } from "./steps/AddStepButton";
import { ItemSteps } from "./steps/ItemSteps";
import { useHasSteps, useMayAddSteps } from "./steps/useSteps";
import { VoteControl } from "./VoteControl";

/** Id of a draft note's "Private" label, so the note's buttons can point to it. */
export function privateLabelId(noteId: string): string {
  return `private-${noteId}`;
}

/** A draft note's "Private" mark; its own component, so a note that is no draft pays nothing. */
function PrivateLabel({ id }: { id: string }) {
  const { t } = useTranslation("board");
  return (
    <span className="private-label" id={privateLabelId(id)} title={t("note.privateHint")}>
      {t("note.private")}
    </span>
  );
}

/**
 * What facilitation adds to a note: "Private" while a draft, votes, totals and rank, its next
 * steps and, where this screen may add one (`mayAddSteps`), "Add next step". Each card asks
 * only whether its note has steps and whether steps may be added: two lookups, whatever the
 * board's size.
 */
export function NoteExtras({
  id,
  label,
  lane,
  draft,
  light = false,
}: {
  id: string;
  label: string;
  lane: string;
  draft: boolean;
  /** A card out of sight on a large board: its marks, without the vote buttons. */
  light?: boolean;
}) {
  const revealed = useControl((c) => c.totals !== null);
  const hasSteps = useHasSteps(id);
  const mayAdd = useMayAddSteps();
  // Nothing to show: no element at all, on each of a large board's light cards.
  if (light && !draft && !revealed && !hasSteps) return null;
  return (
    <div className="note-extras">
      {draft && <PrivateLabel id={id} />}
      <VoteBadges itemId={id} />
      {!draft && !light && <VoteControl itemId={id} label={label} lane={lane} />}
      {hasSteps && <ItemSteps item={id} name={label} light={light} />}
      {mayAdd && !draft && !light && <AddStepButton item={id} name={label} />}
    </div>
  );
}
