import { useTranslation } from "react-i18next";

/** A lane's or a cluster's number of notes: the number on screen, "3 notes" when read out. */
export function NoteCount({ count, className }: { count: number; className: string }) {
  const { t } = useTranslation("common");
  return (
    <span className={className}>
      {count}
      <span className="visually-hidden"> {t("noteCount.notes", { count })}</span>
    </span>
  );
}
