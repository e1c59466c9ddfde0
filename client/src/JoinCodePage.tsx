import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { OpeningPage, ProblemPage } from "./pageParts";
import { joinCodeError } from "./start/JoinWithCode";
import { resolveJoinCode } from "./state/meetings";

/**
 * `/j/:code`, the address on the join screen and in its QR codes: finds the group's board and
 * replaces this address with it, so Back does not come here again.
 */
export function JoinCodePage({ code }: { code: string }) {
  const { t } = useTranslation("common");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    resolveJoinCode(code)
      .then((found) => window.location.replace(found.joinUrl))
      .catch((cause: unknown) => {
        if (current) setError(joinCodeError(code, cause));
      });
    return () => {
      current = false;
    };
  }, [code]);

  if (!error) return <OpeningPage what="groupBoard" />;
  return (
    <ProblemPage>
      <p role="alert" className="error">
        {error}
      </p>
      <a href="/">{t("joinCodePage.typeAgain")}</a>
    </ProblemPage>
  );
}
