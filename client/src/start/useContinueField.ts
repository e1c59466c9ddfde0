import { useState } from "react";
import { type ContinueKind, type ContinueProblem, parseContinueFrom } from "./continueFrom";

/** What the field says is wrong: the parser's verdict, or the server's "no such board". */
export type ContinueFieldProblem = ContinueProblem | "unknown";

export type ContinueField = {
  kind: ContinueKind;
  text: string;
  setText(text: string): void;
  problem: ContinueFieldProblem | null;
  /** The server found no board or meeting of that id: said beside the field. */
  notFound(): void;
  /** "Bring the last result's notes into Unsorted to re-sort" (boards only). */
  carryNotes: boolean;
  setCarryNotes(carry: boolean): void;
  /**
   * The id to send as `continues` (null: a fresh start), or false after showing what is wrong
   * beside the field.
   */
  resolve(): string | null | false;
};

/** The state of a "Continue from (link or id)" field; the problem is kept as a code so a
 * language switch says it again in the new language. */
export function useContinueField(kind: ContinueKind): ContinueField {
  const [text, setTypedText] = useState("");
  const [problem, setProblem] = useState<ContinueFieldProblem | null>(null);
  const [carryNotes, setCarryNotes] = useState(false);
  return {
    kind,
    text,
    setText(next) {
      setTypedText(next);
      // What was wrong is said again on leaving the field or starting, not at every key.
      setProblem(null);
    },
    problem,
    notFound: () => setProblem("unknown"),
    carryNotes,
    setCarryNotes,
    resolve() {
      const parsed = parseContinueFrom(text, kind);
      if (parsed.kind === "problem") {
        setProblem(parsed.problem);
        return false;
      }
      setProblem(null);
      return parsed.kind === "id" ? parsed.id : null;
    },
  };
}
