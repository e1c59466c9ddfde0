import { useTranslation } from "react-i18next";

/** The id of the board's lanes, where the skip link takes the focus. */
export const LANES_ID = "lanes";

/**
 * The first stop of a Tab on the board, the link "Skip to the board": past the header, the
 * phases and the facilitator's controls to the lanes, where the notes are (about 26 Tabs
 * otherwise). It moves the focus itself rather than through the address, whose fragment holds a
 * facilitator's key.
 */
export function SkipToLanes() {
  const { t } = useTranslation("board");
  return (
    <a
      className="skip-link"
      href={`#${LANES_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(LANES_ID)?.focus();
      }}
    >
      {t("skipToBoard")}
    </a>
  );
}
