/**
 * "Samen kijken" on or off. Escape turns it off, unless the key belongs to something else: a
 * field being typed in, or a menu on the map that closes with Escape first.
 */
import { useCallback, useEffect, useState } from 'react';

export interface Together {
  on: boolean;
  toggle(): void;
}

export function useTogether(): Together {
  const [on, setOn] = useState(false);
  const toggle = useCallback(() => setOn((v) => !v), []);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="menu"], .nk-popover, dialog')) return;
      setOn(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  return { on, toggle };
}
