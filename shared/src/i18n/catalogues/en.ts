// The words Roundtable writes into boards and exports, in English. Every key here must be in
// every other catalogue too (catalogues.test.ts).
export const sharedEn = {
  board: {
    untitled: "Untitled board",
  },
  lanes: {
    inbox: { title: "Unsorted", subtitle: "New ideas land here" },
    p1: { title: "Priority one", subtitle: "Do first" },
    p2: { title: "Priority two", subtitle: "Do next" },
    p3: { title: "Priority three", subtitle: "Later" },
    p4: { title: "Priority four", subtitle: "Someday" },
  },
};

/** The shape every language's shared catalogue has: English's keys, any words. */
export type SharedCatalogue = CatalogueLike<typeof sharedEn>;

/**
 * A catalogue with the keys of `T` (English), any words, and room for the plural forms another
 * language has and English does not (Spanish "_many").
 */
export type CatalogueLike<T> = {
  [K in keyof T]: T[K] extends string ? string : CatalogueLike<T[K]>;
} & { [pluralForm: string]: unknown };
