import { describe, expect, it } from 'vitest';
import { parseYear } from '../../../src/ui/editor/fields';
import { createNoticeStore } from '../../../src/ui/notices';

describe('parseYear', () => {
  it('accepts empty (no year) and four-digit years in range', () => {
    expect(parseYear('')).toBeUndefined();
    expect(parseYear(' 2011 ')).toBe(2011);
    expect(parseYear('1800')).toBe(1800);
  });
  it('refuses anything else', () => {
    for (const bad of ['20x1', '1799', '2201', '99', '2011.5', '-2011']) expect(parseYear(bad)).toBeNull();
  });
});

describe('notices', () => {
  it('replaces a keyed notice instead of piling up, keeps errors, shows only the latest confirmation', () => {
    const store = createNoticeStore();
    const s = () => store.getState();
    s().push({ kind: 'error', key: 'storage', text: 'a' });
    s().push({ kind: 'error', key: 'storage', text: 'b' });
    s().push({ kind: 'error', key: 'import', text: 'c' });
    s().push({ kind: 'info', text: 'ok 1' });
    s().push({ kind: 'info', text: 'ok 2' });
    expect(s().notices.map((n) => n.text)).toEqual(['b', 'c', 'ok 2']);
    s().dismissKey('import');
    expect(s().notices.map((n) => n.text)).toEqual(['b', 'ok 2']);
  });
});
