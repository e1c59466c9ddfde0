import { create } from "zustand";

export type VotesStore = {
  /** My votes per note or cluster id, as the server has them (plus mine on their way). */
  mine: Record<string, number>;
  /** True once my votes came from the server in this visit; votes are placed only then. */
  ready: boolean;
};

export const initialVotesStore: VotesStore = { mine: {}, ready: false };

export const useVotesStore = create<VotesStore>(() => initialVotesStore);
