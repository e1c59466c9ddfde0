// The progress namespace in English. Every key here must be in the Spanish catalogue too.
export const progressEn = {};
