import { type ReactNode, useEffect, useState } from "react";

export type LinkCheck = "checking" | "exists" | "unknown" | "unreachable";

/**
 * Asks the server whether what a link names exists: 404 means it does not; no answer at all
 * means the network or the server is down, which the caller may still work around.
 */
export function useLinkCheck(url: string): LinkCheck {
  const [check, setCheck] = useState<LinkCheck>("checking");
  useEffect(() => {
    setCheck("checking");
    fetch(url)
      .then((response) => setCheck(response.status === 404 ? "unknown" : "exists"))
      .catch(() => setCheck("unreachable"));
  }, [url]);
  return check;
}

/** A page that cannot show a board, saying why and what to do. */
export function ProblemPage({ children }: { children: ReactNode }) {
  return (
    <main className="start">
      <h1>Roundtable</h1>
      {children}
    </main>
  );
}

/** While a page waits for what it shows: "Opening the board…". */
export function OpeningPage({ what = "the board" }: { what?: string }) {
  return (
    <main className="start">
      <p role="status">Opening {what}…</p>
    </main>
  );
}
