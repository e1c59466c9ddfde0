import { useTranslation } from "react-i18next";
import { t as translate } from "../i18n/i18n";
import { useBoardStore } from "../state/boardStore";

/**
 * The connection's state in words, as every status line says it, in the page's language: each
 * is looked up when it is read, so a component that renders again after a switch says it anew.
 */
export const CONNECTION_LABELS = {
  get connecting() {
    return translate("common:connection.connecting");
  },
  get connected() {
    return translate("common:connection.connected");
  },
  get reconnecting() {
    return translate("common:connection.reconnecting");
  },
  get offline() {
    return translate("common:connection.offline");
  },
};

/** Always visible: whether changes reach the others, and how many are still only here. */
export function StatusBadge() {
  const { t } = useTranslation("common");
  const { status, unsaved, refusal } = useBoardStore((s) => s.connection);
  const pending = unsaved > 0 ? ` · ${t("connection.unsaved", { count: unsaved })}` : "";
  return (
    <p role="status" className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {CONNECTION_LABELS[status]}
      {pending}
      {refusal && ` · ${refusal}`}
    </p>
  );
}
