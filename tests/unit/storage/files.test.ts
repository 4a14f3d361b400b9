import { describe, expect, it } from 'vitest';
import { serializeCase } from '../../../src/graph/parse';
import { prepareImport, readCaseFile, safeFileName } from '../../../src/storage/files';
import { makeDoc } from './fixtures';

const messages = { tooLarge: 'te groot', unreadable: 'onleesbaar' };

describe('prepareImport', () => {
  it('keeps the case id when it is free', () => {
    const text = serializeCase(makeDoc('c-free', 'Familie'));
    const result = prepareImport(text, new Set(['other']), () => 'never');
    expect(result.ok && result.value.case.id).toBe('c-free');
  });

  it('gives a new case id when the id is already on this device, never overwriting', () => {
    const text = serializeCase(makeDoc('c-open', 'Familie'));
    const ids = ['c-open', 'c-taken-too', 'c-new'];
    const result = prepareImport(text, new Set(['c-open', 'c-taken-too']), () => ids.shift()!);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.case.id).toBe('c-new');
      expect(result.value.case.title).toBe('Familie');
      expect(result.value.people[0]?.name).toBe('Şükriye <img src=x onerror=alert(1)>');
    }
  });

  it('passes on the domain refusal with the place named', () => {
    const doc = makeDoc('c1', 'X');
    const broken = { ...doc, relations: [{ id: 'r1', kind: 'tie', from: 'p1', to: 'p9', quality: 'strong', flow: 'both' }] };
    const result = prepareImport(JSON.stringify(broken), new Set(), () => 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^relations\[0\]\.to/);
  });

  it('refuses text that is not a case file', () => {
    expect(prepareImport('', new Set(), () => 'x').ok).toBe(false);
    expect(prepareImport('{"hello":1}', new Set(), () => 'x').ok).toBe(false);
  });
});

describe('readCaseFile', () => {
  it('reads text', async () => {
    const result = await readCaseFile(new Blob(['{"a":1}']), messages);
    expect(result).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = { size: 21 * 1024 * 1024, text: () => Promise.reject(new Error('should not read')) } as unknown as Blob;
    const result = await readCaseFile(huge, messages);
    expect(result).toEqual({ ok: false, error: { code: 'too-large', path: '', message: 'te groot' } });
  });

  it('reports an unreadable file', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    const result = await readCaseFile(broken, messages);
    expect(result.ok).toBe(false);
  });
});

describe('safeFileName', () => {
  it('keeps letters of any script and adds the suffix', () => {
    expect(safeFileName('Familie Nguyễn – Małgorzata')).toBe('Familie Nguyễn – Małgorzata.netwerkkaart.json');
  });
  it('removes path separators, reserved and control characters', () => {
    expect(safeFileName('../a/b\\c:d*e?"f<g>h|i\u0000j')).toBe('a-b-c-d-e--f-g-h-i-j.netwerkkaart.json');
    expect(safeFileName('<img src=x onerror=alert(1)>')).not.toMatch(/[<>/]/);
  });
  it('falls back when nothing is left, and avoids reserved Windows names', () => {
    expect(safeFileName('   ')).toBe('casus.netwerkkaart.json');
    expect(safeFileName('...')).toBe('casus.netwerkkaart.json');
    expect(safeFileName('CON')).toBe('CON-.netwerkkaart.json');
  });
  it('limits the length', () => {
    expect(safeFileName('x'.repeat(500)).length).toBeLessThanOrEqual(80 + '.netwerkkaart.json'.length);
  });
});
