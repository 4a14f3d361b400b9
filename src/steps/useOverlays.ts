/**
 * React access to the overlays for the canvas. computeOverlays runs once per document and
 * overlay-relevant session change (not once per node, and not on selection or view changes),
 * and an overlay that did not change keeps its object identity, so memoised nodes skip re-render.
 */
import type { AppState, AppStore } from '../state/store';
import { useAppStore, useAppStoreApi } from '../state/react';
import { emptyOverlay, type NodeOverlay } from '../state/overlay';
import { computeOverlays, type OverlaySession } from './overlays';

interface Cached {
  doc: AppState['doc'];
  key: string;
  map: Map<string, NodeOverlay>;
}

const caches = new WeakMap<object, Cached>();

function sessionKey(s: OverlaySession): string {
  return `${s.step}|${s.topicId ?? ''}|${s.viewAsPersonId ?? ''}|${s.perspective}`;
}

function sameOverlay(a: NodeOverlay, b: NodeOverlay): boolean {
  return (
    a.overloaded === b.overloaded &&
    a.dimmed === b.dimmed &&
    a.consent === b.consent &&
    a.description === b.description &&
    a.support.join() === b.support.join() &&
    a.agreements.join() === b.agreements.join()
  );
}

/** Memoised overlays for one store's current state. `owner` scopes the cache (one per store). */
export function selectOverlays(owner: object, state: Pick<AppState, 'doc' | 'session'>): Cached {
  const key = sessionKey(state.session);
  const previous = caches.get(owner);
  if (previous && previous.doc === state.doc && previous.key === key) return previous;
  const fresh = computeOverlays(state.doc, state.session);
  const map = new Map<string, NodeOverlay>();
  for (const [id, overlay] of fresh) {
    const old = previous?.map.get(id);
    map.set(id, old && sameOverlay(old, overlay) ? old : overlay);
  }
  const next: Cached = { doc: state.doc, key, map };
  caches.set(owner, next);
  return next;
}

/** All overlays, keyed by person id (the shape src/canvas/nodes.ts takes). Absent = emptyOverlay. */
export function useOverlays(): ReadonlyMap<string, NodeOverlay> {
  const store: AppStore = useAppStoreApi();
  return useAppStore((s) => selectOverlays(store, s).map);
}

export function useNodeOverlay(personId: string): NodeOverlay {
  const store: AppStore = useAppStoreApi();
  return useAppStore((s) => selectOverlays(store, s).map.get(personId) ?? emptyOverlay);
}
