import type { ReactNode } from "react";

export type CountRow = { key: string; label: ReactNode; count: number; className?: string };

/** A short list of labels with their counts, read as "Priority one: 2". */
export function CountList({ name, rows }: { name: string; rows: readonly CountRow[] }) {
  return (
    <ul className="count-list" aria-label={name}>
      {rows.map((row) => (
        <li key={row.key} className={row.className}>
          <span className="count-label">{row.label}</span>
          <span className="visually-hidden">: </span>
          <span className="count">{row.count}</span>
        </li>
      ))}
    </ul>
  );
}
