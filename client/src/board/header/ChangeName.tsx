import { useState } from "react";
import { changeName } from "../../state/changeName";
import { MAX_NAME } from "../../state/identity";
import { currentSession } from "../../state/session";
import { ModalDialog } from "../../ui/ModalDialog";

/** "Change name": a small dialog with this person's name, saved for this board. */
export function ChangeName() {
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
        Change name
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Change your name"
        closeLabel="Close change name"
      >
        <form
          className="change-name"
          onSubmit={async (event) => {
            event.preventDefault();
            const dialog = event.currentTarget.closest("dialog");
            if (!name.trim()) {
              setProblem("Please enter a name, so the others know who wrote what.");
              return;
            }
            const result = await changeName(name);
            if (result.kind === "refused")
              setProblem(`Could not change the name: ${result.message}`);
            else dialog?.close();
          }}
        >
          <label>
            Your name
            <input
              data-autofocus
              value={name}
              maxLength={MAX_NAME}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            Save name
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
