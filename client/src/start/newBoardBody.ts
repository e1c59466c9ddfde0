import type { Language } from "@roundtable/shared";

export type NewBoardBody = {
  title?: string;
  language: Language;
  continues?: string;
  carryNotes?: true;
};

/**
 * What `POST /api/boards` is sent. No title: the server names it "Untitled board" (in the
 * page's language, as it names the lanes), and the facilitator can rename it. `continues` is
 * the board this one follows up (its open next steps and lane names come over), and with
 * `carryNotes` its notes come over into Unsorted to sort again.
 */
export function newBoardBody(
  title: string,
  language: Language,
  continues: string | null,
  carryNotes: boolean,
): NewBoardBody {
  return {
    ...(title.trim() && { title: title.trim() }),
    language,
    ...(continues !== null && { continues }),
    ...(continues !== null && carryNotes && { carryNotes: true }),
  };
}
