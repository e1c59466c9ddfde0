import type { CatalogueLike } from "@roundtable/shared";
import type { headerEn } from "../en/header";

// The header namespace in Spanish, as a school district writes it.
export const headerEs: CatalogueLike<typeof headerEn> = {};
