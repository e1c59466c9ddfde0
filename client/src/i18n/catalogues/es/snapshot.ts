import type { CatalogueLike } from "@roundtable/shared";
import type { snapshotEn } from "../en/snapshot";

// The snapshot namespace in Spanish, as a school district writes it.
export const snapshotEs: CatalogueLike<typeof snapshotEn> = {};
