import { currentLanguage } from "./i18n";

// Dates, times, numbers and lists in the page's language, through Intl. Components call these
// during render, so a language switch (which renders again) changes them too.

/** "Dec 7, 2026, 3:05 PM" / "7 dic 2026, 15:05". */
export function formatDateTime(
  at: number | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string {
  return new Intl.DateTimeFormat(currentLanguage(), options).format(at);
}

/** "3:05 PM" / "15:05". */
export function formatTime(at: number | Date): string {
  return formatDateTime(at, { timeStyle: "short" });
}

/** "1,234" / "1234". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

/** "Ana, Ben and Cy" / "Ana, Ben y Cy". */
export function formatList(
  items: readonly string[],
  type: "conjunction" | "disjunction" = "conjunction",
): string {
  return new Intl.ListFormat(currentLanguage(), { style: "long", type }).format(items);
}
