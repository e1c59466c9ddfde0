import { useEffect, useState } from "react";

type Watcher = (shown: boolean) => void;

const watchers = new WeakMap<Element, Watcher>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) watchers.get(entry.target)?.(entry.isIntersecting);
  });
  return observer;
}

/**
 * Whether `element` shows on screen now, inside every list that scrolls it. One observer serves
 * every card on the board, and a card hears only about itself, so scrolling renders the cards
 * that came into view or went out of it, never the whole board.
 */
export function useOnScreen(element: Element | null): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") {
      setShown(true);
      return;
    }
    watchers.set(element, setShown);
    shared().observe(element);
    return () => {
      watchers.delete(element);
      shared().unobserve(element);
    };
  }, [element]);
  return shown;
}
