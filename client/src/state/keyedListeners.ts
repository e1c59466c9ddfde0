/** Listeners kept by key (a note's or a card's id), each told only about its own key. */
export type KeyedListeners = {
  subscribe(key: string, listener: () => void): () => void;
  notify(key: string): void;
  keys(): IterableIterator<string>;
};

export function keyedListeners(): KeyedListeners {
  const byKey = new Map<string, Set<() => void>>();
  return {
    subscribe(key, listener) {
      let listeners = byKey.get(key);
      if (!listeners) {
        listeners = new Set();
        byKey.set(key, listeners);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byKey.delete(key);
      };
    },
    notify(key) {
      for (const listener of byKey.get(key) ?? []) listener();
    },
    keys: () => byKey.keys(),
  };
}
