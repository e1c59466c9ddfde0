import { useControl, usePermissions } from "../../state/useFacilitation";

/** While private writing is on, says where new notes stay until the facilitator reveals them. */
export function PrivateBanner() {
  const on = useControl((c) => c.privateWriting);
  const { facilitate, takePart } = usePermissions();
  if (!on || !takePart) return null;
  return (
    <p className="private-banner">
      {facilitate
        ? "Private writing: participants' new notes stay on their laptops until you reveal them."
        : "Private writing: your new notes stay on your laptop until the facilitator reveals them."}
    </p>
  );
}
