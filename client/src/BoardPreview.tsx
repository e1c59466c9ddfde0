import { useEffect, useState } from "react";

type Summary = {
  title: string;
  notes: number;
  lanes: { id: string; title: string; notes: number }[];
};

/** What a join link shows until the live board is built: the board's lanes and counts. */
export function BoardPreview({ boardId }: { boardId: string }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(`/api/boards/${encodeURIComponent(boardId)}`)
      .then(async (response) => {
        if (response.status === 404) throw new Error("This board does not exist.");
        if (!response.ok) throw new Error(`The server answered ${response.status}.`);
        setSummary((await response.json()) as Summary);
      })
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }, [boardId]);

  if (error) {
    return (
      <main className="start">
        <h1>Roundtable</h1>
        <p role="alert" className="error">
          {error}
        </p>
        <a href="/">Start a new board</a>
      </main>
    );
  }
  if (!summary) return <main className="start" aria-busy="true" />;
  return (
    <main className="start">
      <h1>{summary.title}</h1>
      <ul className="lane-counts">
        {summary.lanes.map((lane) => (
          <li key={lane.id}>
            {lane.title}: {lane.notes} {lane.notes === 1 ? "note" : "notes"}
          </li>
        ))}
      </ul>
    </main>
  );
}
