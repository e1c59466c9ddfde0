import type { CatalogueLike } from "@roundtable/shared";
import type { boardEn } from "../en/board";

// The board namespace in Spanish, as a school district writes it.
export const boardEs: CatalogueLike<typeof boardEn> = {};
