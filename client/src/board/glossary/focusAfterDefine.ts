/**
 * After the "Define" dialog closes, the focus goes back to its button; when that button is gone
 * (the term was defined or marked fine, so its mark left), it goes to the term itself in the
 * card's text, else to the card's next "Define" button, else to the card's first control.
 */
export function focusAfterDefine(card: Element | null, term: string): void {
  requestAnimationFrame(() => {
    if (!card?.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const next =
      card.querySelector<HTMLElement>(`[data-term="${CSS.escape(term)}"]`) ??
      card.querySelector<HTMLElement>("[data-define]") ??
      card.querySelector<HTMLElement>("button:not([hidden]), select:not([hidden])");
    next?.focus();
  });
}
