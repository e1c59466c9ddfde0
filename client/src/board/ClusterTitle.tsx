import { MAX_TITLE } from "@roundtable/shared";
import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { renameCluster } from "../state/clusterActions";
import { WithGlossaryMarks } from "./glossary/GlossaryMarks";
import { GlossaryText } from "./glossary/GlossaryText";

type Props = { id: string; title: string; name: string };

/**
 * The rename box, named like the rename button: Enter or leaving the box saves, Escape puts the
 * title back. It starts from the title as it was when renaming began, so a rename arriving from
 * someone else does not wipe what is being typed.
 */
function RenameBox({ id, title, name, onDone }: Props & { onDone: () => void }) {
  const [draft, setDraft] = useState(title);
  const box = useRef<HTMLInputElement>(null);
  /** Set once the box has saved or cancelled, so its blur does not save again. */
  const finished = useRef(false);
  const { t } = useTranslation("board");

  useLayoutEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, []);

  function finish(save: boolean) {
    if (finished.current) return;
    finished.current = true;
    if (save) renameCluster(id, draft);
    onDone();
  }

  return (
    <input
      ref={box}
      className="cluster-rename"
      dir="auto"
      aria-label={t("cluster.renameCluster", { name })}
      value={draft}
      maxLength={MAX_TITLE}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === "Enter") finish(true);
        else if (event.key === "Escape") finish(false);
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    />
  );
}

/**
 * A cluster's title as a heading, with the meanings of the board's defined terms in it and its
 * undefined acronyms marked; or its rename box while renaming.
 */
export function ClusterTitle({
  renaming,
  onDone,
  ...props
}: Props & { renaming: boolean; onDone: () => void }) {
  if (renaming) return <RenameBox {...props} onDone={onDone} />;
  const untitled = props.title.trim() === "";
  // Clusters have no author: their undefined acronyms are marked for the facilitator.
  return (
    <WithGlossaryMarks text={untitled ? "" : props.name} author={null}>
      <h3 className={untitled ? "cluster-title untitled" : "cluster-title"} dir="auto">
        {untitled ? props.name : <GlossaryText text={props.name} />}
      </h3>
    </WithGlossaryMarks>
  );
}
