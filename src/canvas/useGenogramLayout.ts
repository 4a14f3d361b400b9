/**
 * The genogram's automatic positions, computed by ELK in a Web Worker. The previous positions
 * stay on screen until the new ones arrive; a result that is overtaken by a newer request is
 * dropped; nothing is re-laid out unless genogramLayoutKey changes (names, notes and ties do not
 * move anyone).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDocument } from '../graph/schema';
import { getElk } from '../layout/elk';
import { genogramLayoutKey, layoutGenogram } from '../layout/genogram';
import type { Positions } from '../layout/types';

export interface GenogramLayoutState {
  positions: Positions;
  /** The key the positions belong to; differs from the current key while the worker is busy. */
  key: string | null;
  busy: boolean;
  error: string | null;
}

const EMPTY: GenogramLayoutState = { positions: new Map(), key: null, busy: false, error: null };

export function useGenogramLayout(doc: CaseDocument, enabled: boolean): GenogramLayoutState & { upToDate: boolean } {
  const docRef = useRef(doc);
  docRef.current = doc;
  // The key only reads people and relations: skip its work when needs, notes or layout change.
  const key = useMemo(() => genogramLayoutKey(docRef.current), [doc.people, doc.relations]);
  const latest = useRef(0);
  const [state, setState] = useState<GenogramLayoutState>(EMPTY);

  useEffect(() => {
    if (!enabled || state.key === key) return;
    const request = ++latest.current;
    setState((s) => (s.busy ? s : { ...s, busy: true }));
    // Start after the frame that shows the change: the request's main-thread part (building the
    // family graph for ELK) would otherwise run in this commit's effects and delay the paint of
    // a just-added person, who is already drawn at a fallback spot.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (request !== latest.current) return;
        layoutGenogram(docRef.current, getElk()).then(
          (positions) => {
            if (request === latest.current) setState({ positions, key, busy: false, error: null });
          },
          (error: unknown) => {
            if (request !== latest.current) return;
            // Surface the failure and keep the last good positions on screen.
            console.error(error);
            setState((s) => ({ ...s, key, busy: false, error: error instanceof Error ? error.message : String(error) }));
          },
        );
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
    // state.key is read, not a trigger: a finished layout must not start another one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);

  return { ...state, upToDate: state.key === key };
}
