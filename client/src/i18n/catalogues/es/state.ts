import type { CatalogueLike } from "@roundtable/shared";
import type { stateEn } from "../en/state";

// The state namespace in Spanish, as a school district writes it.
export const stateEs: CatalogueLike<typeof stateEn> = {};
