import { useControl, useRole } from "../../state/useFacilitation";

/** While private writing is on, says where new notes stay until the facilitator reveals them. */
export function PrivateBanner() {
  const on = useControl((c) => c.privateWriting);
  const role = useRole();
  if (!on || role === "viewer") return null;
  return (
    <p className="private-banner">
      {role === "facilitator"
        ? "Private writing: participants' new notes stay on their laptops until you reveal them."
        : "Private writing: your new notes stay on your laptop until the facilitator reveals them."}
    </p>
  );
}
