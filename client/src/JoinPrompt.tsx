import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu } from "./i18n/LanguageMenu";
import { type Identity, lastName, MAX_NAME, saveName } from "./state/identity";

/**
 * No accounts: a name is all it takes to join. The name typed last in this browser is offered,
 * never sent on its own: on a shared laptop the next person changes it first.
 */
export function JoinPrompt({
  boardId,
  title,
  onJoin,
}: {
  boardId: string;
  /** The board's title, once known, so people see what they are joining. */
  title: string | null;
  onJoin: (identity: Identity) => void;
}) {
  const { t } = useTranslation("common");
  const [name, setName] = useState(lastName);
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="start join-page">
      <div className="page-language">
        <LanguageMenu />
      </div>
      <h1>{title ? t("joinPrompt.titleNamed", { title }) : t("joinPrompt.title")}</h1>
      <p className="join-hint">{t("joinPrompt.hint")}</p>
      <form
        className="join"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) {
            setError(t("joinPrompt.nameMissing"));
            return;
          }
          onJoin(saveName(name, boardId));
        }}
      >
        <label htmlFor="join-name">{t("joinPrompt.nameLabel")}</label>
        <input
          id="join-name"
          value={name}
          maxLength={MAX_NAME}
          autoComplete="name"
          // biome-ignore lint/a11y/noAutofocus: the name is the only thing on this page
          autoFocus
          aria-describedby={error ? "join-error" : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="primary">
          {t("joinPrompt.join")}
        </button>
        {error && (
          <p id="join-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
