import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * How many items of a long list to render now: the first `first` at once, the rest `step` at a time
 * when the page is idle, so opening the screen never waits for the whole list (the glossary's ~300
 * terms). `showAll` renders the rest at once (before jumping to an item further down).
 */
export function useProgressive(total: number, first = 20, step = 40): { count: number; showAll: () => void } {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const more = () => startTransition(() => setCount((c) => Math.max(c, Math.min(total, c + step))));
    if (window.requestIdleCallback) {
      const id = window.requestIdleCallback(more, { timeout: 500 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(more, 16);
    return () => window.clearTimeout(id);
  }, [count, total, step]);
  const showAll = useCallback(() => setCount((c) => Math.max(c, total)), [total]);
  return { count: Math.min(count, total), showAll };
}
