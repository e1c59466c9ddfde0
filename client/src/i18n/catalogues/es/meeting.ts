import type { CatalogueLike } from "@roundtable/shared";
import type { meetingEn } from "../en/meeting";

// The meeting namespace in Spanish, as a school district writes it.
export const meetingEs: CatalogueLike<typeof meetingEn> = {};
