import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changeName } from "../../state/changeName";
import { MAX_NAME } from "../../state/identity";
import { currentSession } from "../../state/session";
import { ModalDialog } from "../../ui/ModalDialog";

/** "Change name": a small dialog with this person's name, saved for this board. */
export function ChangeName() {
  const { t } = useTranslation("header");
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setName(currentSession()?.identity?.name ?? "");
          setProblem(null);
          setOpen(true);
        }}
      >
        {t("changeName.button")}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("changeName.title")}
        closeLabel={t("changeName.close")}
      >
        <form
          className="change-name"
          onSubmit={async (event) => {
            event.preventDefault();
            const dialog = event.currentTarget.closest("dialog");
            if (!name.trim()) {
              setProblem(t("changeName.empty"));
              return;
            }
            const result = await changeName(name);
            if (result.kind === "refused")
              setProblem(t("changeName.refused", { message: result.message }));
            else dialog?.close();
          }}
        >
          <label>
            {t("changeName.yourName")}
            <input
              data-autofocus
              value={name}
              maxLength={MAX_NAME}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            {t("changeName.save")}
          </button>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
        </form>
      </ModalDialog>
    </>
  );
}
