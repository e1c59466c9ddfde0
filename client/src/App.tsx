import { useTranslation } from "react-i18next";
import { LanguageMenu } from "./i18n/LanguageMenu";
import { JoinWithCode } from "./start/JoinWithCode";
import { NewBoard } from "./start/NewBoard";
import { NewMeeting } from "./start/NewMeeting";
import "./start/start.css";

/** The start page: join a group with its code, or start a board or a meeting as facilitator. */
export function App() {
  const { t } = useTranslation("common");
  return (
    <main className="start start-home">
      <div className="page-language">
        <LanguageMenu />
      </div>
      <header className="start-intro">
        <h1>Roundtable</h1>
        <p className="tagline">{t("start.tagline")}</p>
      </header>
      <div className="start-cards">
        <JoinWithCode />
        <NewBoard />
        <NewMeeting />
      </div>
    </main>
  );
}
