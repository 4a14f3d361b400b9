/** The map's live region: says who came onto the map or went off it, and which lines (announce.ts). */
import { useEffect, useRef, useState } from 'react';
import type { CaseDocument } from '../graph/schema';
import { useAppStore } from '../state/react';
import { announcement } from './announce';

export function MapAnnouncer() {
  const doc = useAppStore((s) => s.doc);
  const previous = useRef<CaseDocument>(doc);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = doc;
    if (before === doc || (before.people === doc.people && before.relations === doc.relations)) return;
    const said = announcement(before, doc);
    if (said) setText(said);
  }, [doc]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-part="map-announcer">
      {text}
    </p>
  );
}
