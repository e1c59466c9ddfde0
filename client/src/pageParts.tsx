import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu } from "./i18n/LanguageMenu";

export type LinkCheck = "checking" | "exists" | "unknown" | "unreachable";

/**
 * Asks the server whether what a link names exists: 404 means it does not; no answer at all
 * means the network or the server is down, which the caller may still work around.
 */
export function useLinkCheck(url: string, started?: Promise<LinkCheck>): LinkCheck {
  const [check, setCheck] = useState<LinkCheck>("checking");
  useEffect(() => {
    let current = true;
    setCheck("checking");
    void (started ?? checkLink(url)).then((result) => current && setCheck(result));
    return () => {
      current = false;
    };
  }, [url, started]);
  return check;
}

/**
 * Starts asking whether what `url` names exists, for `useLinkCheck`: a board's link asks while
 * its page's code is still arriving.
 */
export function checkLink(url: string): Promise<LinkCheck> {
  return fetch(url).then(
    (response) => (response.status === 404 ? "unknown" : "exists"),
    () => "unreachable",
  );
}

/** A page that cannot show a board, saying why and what to do. */
export function ProblemPage({ children }: { children: ReactNode }) {
  return (
    <main className="start">
      <div className="page-language">
        <LanguageMenu />
      </div>
      <h1>Roundtable</h1>
      {children}
    </main>
  );
}

/** What a page may be waiting for, each with its own sentence ("Opening the board…"). */
export type Opening = "board" | "groupBoard" | "meeting" | "snapshot";

/** While a page waits for what it shows: "Opening the board…". */
export function OpeningPage({ what = "board" }: { what?: Opening }) {
  const { t } = useTranslation("common");
  return (
    <main className="start">
      <p role="status">{t(`page.opening.${what}`)}</p>
    </main>
  );
}
