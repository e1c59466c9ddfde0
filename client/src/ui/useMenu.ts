import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { indexByLetter, nextMenuIndex } from "./menuKeys";

export type Menu = {
  open: boolean;
  /** The menu would pass the window's right edge: it lines up with its button's right. */
  alignEnd: boolean;
  menuId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  menuRef: RefObject<HTMLDivElement | null>;
  /** Opens with the focus on the first item (or the last, for ArrowUp). */
  show(focus: "first" | "last"): void;
  /** Closes; `refocus` gives the focus back to the menu button. */
  hide(refocus: boolean): void;
  onButtonKeyDown(event: KeyboardEvent): void;
  onMenuKeyDown(event: KeyboardEvent): void;
};

function items(menu: HTMLElement | null): HTMLElement[] {
  const selector = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';
  return [...(menu?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/**
 * A menu button's behaviour (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it
 * on the first item, ArrowUp on the last; arrows, Home, End and first letters move between
 * items; Escape closes it and gives the focus back; Tab or a click elsewhere closes it.
 */
export function useMenu(): Menu {
  const [open, setOpen] = useState(false);
  const [focusOnOpen, setFocusOnOpen] = useState<"first" | "last">("first");
  const [alignEnd, setAlignEnd] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const hide = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  const show = useCallback((focus: "first" | "last") => {
    setFocusOnOpen(focus);
    setOpen(true);
  }, []);

  useLayoutEffect(() => {
    if (!open) {
      setAlignEnd(false);
      return;
    }
    const box = menuRef.current?.getBoundingClientRect();
    if (box && box.right > document.documentElement.clientWidth - 8) setAlignEnd(true);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const list = items(menuRef.current);
    (focusOnOpen === "first" ? list[0] : list[list.length - 1])?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) hide(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, focusOnOpen, hide]);

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      show(event.key === "ArrowDown" ? "first" : "last");
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    // Keys stay in the menu: the board's shortcuts ("N" for a note) must not fire behind it.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      hide(true);
      return;
    }
    if (event.key === "Tab") {
      hide(false);
      return;
    }
    const list = items(menuRef.current);
    const current = list.indexOf(document.activeElement as HTMLElement);
    let next = nextMenuIndex(event.key, current, list.length);
    if (next === null && /^\S$/.test(event.key) && !event.ctrlKey && !event.metaKey) {
      next = indexByLetter(
        event.key,
        current,
        list.map((item) => item.textContent?.trim() ?? ""),
      );
    }
    if (next === null) return;
    event.preventDefault();
    list[next]?.focus();
  }

  return { open, alignEnd, menuId, buttonRef, menuRef, show, hide, onButtonKeyDown, onMenuKeyDown };
}
