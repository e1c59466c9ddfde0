import type { CatalogueLike } from "@roundtable/shared";
import type { stepsEn } from "../en/steps";

// The steps namespace in Spanish, as a school district writes it.
export const stepsEs: CatalogueLike<typeof stepsEn> = {};
