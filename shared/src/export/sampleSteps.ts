import type * as Y from "yjs";
import { defineTerm } from "../glossary/glossary";
import { addNote, deleteNote } from "../noteOps";
import { addStep } from "../steps/stepOps";
import { SAMPLE_TIME, sampleBoard } from "./sampleBoard";

// The sample board with next steps and a glossary, for the export and import tests: steps of a
// cluster, of notes (two notes of the same text, one of them long, so the "For" column has to
// tell them apart), of no item and of a note that is gone; text holding a "|", a line break, a
// typed "<br>", Markdown and a backslash; done and open; dates and none; a carried step.

export const STEPS_TIME = SAMPLE_TIME + 60_000;

export const LONG_NOTE = `Ask the district ${"about the arts budget ".repeat(5)}before spring`;

/** Glossary of the sample: defined terms, one of several lines, and one only marked fine. */
export const SAMPLE_GLOSSARY = [
  { term: "LCAP", meaning: "Local Control and Accountability Plan" },
  { term: "PTA", meaning: "Parent Teacher Association | *the* parents" },
  { term: "VAPA", meaning: "Visual and Performing Arts\n- dance, music\ntheatre (2 votes)" },
];

export function sampleBoardWithSteps(): Y.Doc {
  const doc = sampleBoard();
  const at = (n: number) => STEPS_TIME + n;
  addNote(doc, { id: "twinA", lane: "p2", text: "Fix the doors", createdAt: SAMPLE_TIME });
  addNote(doc, { id: "long", lane: "p3", text: LONG_NOTE, createdAt: SAMPLE_TIME });
  addNote(doc, { id: "gone", lane: "p3", text: "Deleted later", createdAt: SAMPLE_TIME });
  const steps = [
    { id: "s1", text: "Book the hall", owner: "Alice Ng", due: "2026-12-01", item: "wins" },
    {
      id: "s2",
      text: "Write to the PTA | and the board\nthen <br> follow up",
      owner: "Bób 🎻",
      measure: "Two replies \\ in *writing*",
      item: "twinA",
      done: true,
    },
    { id: "s3", text: "Oil the doors", item: "doors", createdBy: "Alice Ng" },
    { id: "s4", text: "Read the long note", item: "long", due: "2027-01-15" },
    { id: "s5", text: "Tell everyone", measure: "Everyone knows" },
    { id: "s6", text: "Was about a deleted note", item: "gone" },
    { id: "s7", text: "Carried over", owner: "Bob", carriedFrom: "earlierboard1" },
    { id: "s8", text: "- starts like a bullet # and | ends with a pipe |", item: "hall" },
  ];
  steps.forEach((step, i) => {
    addStep(doc, { ...step, createdAt: at(i) });
  });
  deleteNote(doc, "gone");
  for (const entry of SAMPLE_GLOSSARY) defineTerm(doc, entry.term, { ...entry, fine: false });
  defineTerm(doc, "KQED", { meaning: "", fine: true });
  return doc;
}
