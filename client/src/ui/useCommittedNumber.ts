import { useEffect, useRef, useState } from "react";

/**
 * A number box whose value is written to the board a moment after typing stops (so typing
 * "12" does not publish "1" first) or when the box loses focus, and only when it is valid.
 * While the box is not being edited it follows the board's value.
 */
export function useCommittedNumber(
  value: number,
  valid: (n: number) => boolean,
  commit: (n: number) => void,
  delayMs = 600,
) {
  const [text, setText] = useState(String(value));
  const editing = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!editing.current) setText(String(value));
  }, [value]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  function clearPending() {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
  }

  function commitNow(raw: string) {
    clearPending();
    const n = Number(raw);
    if (raw.trim() !== "" && valid(n) && n !== value) commit(n);
  }

  return {
    value: text,
    invalid: text.trim() === "" || !valid(Number(text)),
    onChange(raw: string) {
      editing.current = true;
      setText(raw);
      clearPending();
      pending.current = setTimeout(() => commitNow(raw), delayMs);
    },
    onBlur() {
      editing.current = false;
      commitNow(text);
      if (text.trim() === "" || !valid(Number(text))) setText(String(value));
    },
  };
}
