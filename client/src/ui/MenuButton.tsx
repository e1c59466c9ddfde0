import { type ReactNode, useId, useState } from "react";
import { t } from "../i18n/i18n";
import { problemText } from "../state/http";
import { notify } from "../state/write";
import { type Menu, useMenu } from "./useMenu";
import "./menuButton.css";

/** Runs a download chosen in the menu: closes the menu and says how it went. */
export type RunDownload = (download: () => Promise<string>) => void;

type Props = {
  /** The button's name, which also names the menu. */
  label: string;
  /** A line under the items about what the files hold. */
  hint: string;
  children(run: RunDownload, menu: Menu): ReactNode;
};

/**
 * A menu button for downloads (WAI-ARIA menu button pattern): the items come from `children`,
 * each download is announced as it finishes, and a failed one becomes a notice.
 */
export function MenuButton({ label, hint, children }: Props) {
  const menu = useMenu();
  const buttonId = useId();
  const hintId = useId();
  const [said, setSaid] = useState("");

  async function run(download: () => Promise<string>) {
    menu.hide(true);
    setSaid(t("common:exportRun.preparing"));
    try {
      const file = await download();
      setSaid(t("common:exportRun.downloaded", { file }));
    } catch (error) {
      setSaid("");
      notify(t("common:exportRun.failed", { problem: problemText(error) }));
    }
  }

  return (
    <div className="menu-anchor">
      <button
        ref={menu.buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menu.open ? menu.menuId : undefined}
        onClick={() => (menu.open ? menu.hide(false) : menu.show("first"))}
        onKeyDown={menu.onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {menu.open && (
        <div ref={menu.menuRef} className={menu.alignEnd ? "menu-popup align-end" : "menu-popup"}>
          <div
            id={menu.menuId}
            role="menu"
            aria-labelledby={buttonId}
            aria-describedby={hintId}
            onKeyDown={menu.onMenuKeyDown}
          >
            {children((download) => void run(download), menu)}
          </div>
          <p id={hintId} className="menu-hint">
            {hint}
          </p>
        </div>
      )}
      <span className="visually-hidden" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
