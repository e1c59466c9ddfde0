import type { CatalogueLike } from "@roundtable/shared";
import type { glossaryEn } from "../en/glossary";

// The glossary namespace in Spanish, as a school district writes it.
export const glossaryEs: CatalogueLike<typeof glossaryEn> = {};
