import { describe, expect, it } from 'vitest';
import { createAppStore, redo, undo } from '../../src/state/store';
import type { CaseDocument } from '../../src/graph/schema';
import { createCase } from '../../src/graph/create';

const emptyDoc = createCase({ id: 'c1', title: 'Test', now: new Date('2026-11-28T10:00:00Z') });

const rename = (doc: CaseDocument, title: string): CaseDocument => ({ ...doc, case: { ...doc.case, title } });

describe('app store', () => {
  it('makes one undo step per command and none for session changes', () => {
    const store = createAppStore(emptyDoc, () => new Date('2026-11-28T12:00:00Z'));
    store.getState().run(rename, 'A');
    store.getState().setSession({ view: 'netwerkkaart' });
    store.getState().run(rename, 'B');
    expect(store.getState().doc.case.title).toBe('B');
    expect(store.getState().doc.case.updatedAt).toBe('2026-11-28T12:00:00.000Z');
    undo(store);
    expect(store.getState().doc.case.title).toBe('A');
    expect(store.getState().session.view).toBe('netwerkkaart');
    undo(store);
    expect(store.getState().doc.case.title).toBe('Test');
    redo(store);
    expect(store.getState().doc.case.title).toBe('A');
  });

  it('treats a command that returns the same document as a no-op', () => {
    const store = createAppStore(emptyDoc);
    store.getState().run((d: CaseDocument) => d, undefined);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('clears history when a document is loaded', () => {
    const store = createAppStore(emptyDoc);
    store.getState().run(rename, 'A');
    store.getState().load(emptyDoc);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().doc.case.title).toBe('Test');
  });

  it('gives every store its own state', () => {
    const a = createAppStore(emptyDoc);
    const b = createAppStore(emptyDoc);
    a.getState().run(rename, 'A');
    expect(b.getState().doc.case.title).toBe('Test');
  });

  it('merges commits with the same key into one undo step, until something else happens', () => {
    const store = createAppStore(emptyDoc);
    store.getState().run(rename, 'T', { mergeKey: 'title#1' });
    store.getState().run(rename, 'Ty', { mergeKey: 'title#1' });
    store.getState().typing('title#1', () => store.getState().run(rename, 'Typ'));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    // A new burst (new key) is a new step.
    store.getState().run(rename, 'Typed', { mergeKey: 'title#2' });
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    undo(store);
    expect(store.getState().doc.case.title).toBe('Typ');
    undo(store);
    expect(store.getState().doc.case.title).toBe('Test');
  });

  it('does not merge across another command or an undo', () => {
    const store = createAppStore(emptyDoc);
    store.getState().run(rename, 'A', { mergeKey: 'k' });
    store.getState().run(rename, 'B');
    store.getState().run(rename, 'C', { mergeKey: 'k' });
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    undo(store);
    store.getState().run(rename, 'D', { mergeKey: 'k' });
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    undo(store);
    expect(store.getState().doc.case.title).toBe('B');
  });

  it('refuses commands, undo and redo while read-only', () => {
    const store = createAppStore(emptyDoc);
    store.getState().run(rename, 'A');
    store.getState().setReadOnly(true);
    store.getState().run(rename, 'B');
    undo(store);
    expect(store.getState().doc.case.title).toBe('A');
    store.getState().setReadOnly(false);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().doc.case.title).toBe('Test');
  });
});
