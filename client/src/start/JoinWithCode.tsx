import { useState } from "react";
import { useTranslation } from "react-i18next";
import { t as translate } from "../i18n/i18n";
import { problemText, RequestProblem } from "../state/http";
import { normalizeJoinCode, resolveJoinCode } from "../state/meetings";
import { FormProblem } from "./FormProblem";

/** Why a code did not lead anywhere, in words for the person who typed it. */
export function joinCodeError(code: string, error: unknown): string {
  if (error instanceof RequestProblem && error.status === 404) {
    return translate("common:start.join.noGroup", { code: normalizeJoinCode(code) });
  }
  return translate("common:start.join.failed", { problem: problemText(error) });
}

/** A participant types the code the facilitator shows and lands on their group's board. */
export function JoinWithCode() {
  const { t } = useTranslation("common");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function join() {
    if (!normalizeJoinCode(code)) {
      setError(t("start.join.codeMissing"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const found = await resolveJoinCode(code);
      window.location.assign(found.joinUrl);
    } catch (cause) {
      // The typed code stays, so a one-letter slip is fixed rather than typed again.
      setError(joinCodeError(code, cause));
      setBusy(false);
    }
  }

  return (
    <section className="start-card start-join" aria-labelledby="join-heading">
      <h2 id="join-heading">{t("start.join.heading")}</h2>
      <p className="start-hint">{t("start.join.hint")}</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <label htmlFor="join-code">{t("start.join.codeLabel")}</label>
        <input
          id="join-code"
          className="code-input"
          value={code}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t("start.join.codeExample")}
          aria-invalid={error !== null}
          aria-describedby={error ? "join-code-error" : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("start.join.joining") : t("start.join.join")}
        </button>
      </form>
      <FormProblem id="join-code-error" text={error} />
    </section>
  );
}
