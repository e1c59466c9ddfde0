import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import { useMenu } from "../ui/useMenu";
import { currentLanguage, setLanguage } from "./i18n";
import "../ui/menuButton.css";
import "./languageMenu.css";

/**
 * The `Language` menu every page has: each language named in itself, the current one checked.
 * A choice switches the page at once and is remembered on this device.
 */
export function LanguageMenu() {
  const { t } = useTranslation("common");
  const menu = useMenu();
  const current = currentLanguage();

  function choose(language: Language) {
    menu.hide(true);
    setLanguage(language);
  }

  return (
    <div className="menu-anchor language-menu">
      <button
        ref={menu.buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menu.open ? menu.menuId : undefined}
        onClick={() => (menu.open ? menu.hide(false) : menu.show("first"))}
        onKeyDown={menu.onButtonKeyDown}
      >
        {t("language.menu")} <span aria-hidden="true">▾</span>
      </button>
      {menu.open && (
        <div ref={menu.menuRef} className={menu.alignEnd ? "menu-popup align-end" : "menu-popup"}>
          <div
            id={menu.menuId}
            role="menu"
            aria-label={t("language.menu")}
            onKeyDown={menu.onMenuKeyDown}
          >
            {LANGUAGES.map((language) => (
              <button
                key={language}
                type="button"
                role="menuitemradio"
                aria-checked={language === current}
                lang={language}
                onClick={() => choose(language)}
              >
                {LANGUAGE_NAMES[language]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
