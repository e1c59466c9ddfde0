import { useTranslation } from "react-i18next";
import { useControl, usePermissions } from "../../state/useFacilitation";

/** While private writing is on, says where new notes stay until the facilitator reveals them. */
export function PrivateBanner() {
  const on = useControl((c) => c.privateWriting);
  const { facilitate, takePart } = usePermissions();
  const { t } = useTranslation("board");
  if (!on || !takePart) return null;
  return (
    <p className="private-banner">
      {facilitate ? t("phase.privateFacilitator") : t("phase.privateParticipant")}
    </p>
  );
}
