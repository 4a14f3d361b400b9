/**
 * Where everyone stands in one view, for each moment of a comparison (or the one snapshot
 * viewed). A snapshot with a frozen layout is instant; one without (taken before format v2), and
 * the genogram of "now", are laid out by ELK in its worker, so this is async. A result overtaken
 * by a newer request is dropped.
 */
import { useEffect, useState } from 'react';
import type { CaseDocument, ViewName } from '../../graph/schema';
import { loadElk } from './lazyElk';
import { viewOf, type MomentMap } from '../../layout/moment';

export type MomentPositions = { state: 'busy' } | { state: 'failed' } | { state: 'ready'; maps: MomentMap[] };

export function useMomentPositions(docs: readonly CaseDocument[], view: ViewName): MomentPositions {
  const [result, setResult] = useState<MomentPositions>({ state: 'busy' });
  useEffect(() => {
    let current = true;
    setResult({ state: 'busy' });
    loadElk()
      .then((elk) => Promise.all(docs.map((d) => viewOf(d, view, elk))))
      .then(
      (maps) => current && setResult({ state: 'ready', maps }),
      (error: unknown) => {
        console.error(error);
        if (current) setResult({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [docs, view]);
  return result;
}
