/** The facilitator's row of controls, which "Show controls" unfolds on a narrow screen. */
export const FACILITATOR_CONTROLS_ID = "facilitator-controls";
