import { useEffect, useState } from "react";
import { problemText, RequestProblem } from "./http";

export type Fetched<T> =
  | { state: "loading" }
  | { state: "done"; value: T }
  | { state: "failed"; message: string; status: number };

/**
 * What `load` fetches, loaded again whenever `key` changes; an answer that arrives after the
 * key has moved on is dropped.
 */
export function useFetched<T>(key: string, load: () => Promise<T>): Fetched<T> {
  const [fetched, setFetched] = useState<Fetched<T>>({ state: "loading" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` reads
  useEffect(() => {
    let current = true;
    setFetched({ state: "loading" });
    load()
      .then((value) => {
        if (current) setFetched({ state: "done", value });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const status = error instanceof RequestProblem ? error.status : 0;
        setFetched({ state: "failed", message: problemText(error), status });
      });
    return () => {
      current = false;
    };
  }, [key]);
  return fetched;
}
