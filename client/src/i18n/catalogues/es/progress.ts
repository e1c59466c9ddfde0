import type { CatalogueLike } from "@roundtable/shared";
import type { progressEn } from "../en/progress";

// The progress namespace in Spanish, as a school district writes it.
export const progressEs: CatalogueLike<typeof progressEn> = {};
