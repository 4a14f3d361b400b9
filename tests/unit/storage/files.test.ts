import { describe, expect, it } from 'vitest';
import { serializeCase } from '../../../src/graph/parse';
import { prepareImport, readCaseFile, safeFileName } from '../../../src/storage/files';
import { makeDoc } from './fixtures';

const messages = { tooLarge: 'te groot', unreadable: 'onleesbaar' };

describe('prepareImport', () => {
  it('keeps the case id when it is free', async () => {
    const text = serializeCase(makeDoc('c-free', 'Familie'));
    const result = await prepareImport(text, new Set(['other']), () => 'never');
    expect(result.ok && result.value.case.id).toBe('c-free');
  });

  it('gives a new case id when the id is already on this device, never overwriting', async () => {
    const text = serializeCase(makeDoc('c-open', 'Familie'));
    const ids = ['c-open', 'c-taken-too', 'c-new'];
    const result = await prepareImport(text, new Set(['c-open', 'c-taken-too']), () => ids.shift()!);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.case.id).toBe('c-new');
      expect(result.value.case.title).toBe('Familie');
      expect(result.value.people[0]?.name).toBe('Şükriye <img src=x onerror=alert(1)>');
    }
  });

  it('passes on the domain refusal with the place named', async () => {
    const doc = makeDoc('c1', 'X');
    const broken = { ...doc, relations: [{ id: 'r1', kind: 'tie', from: 'p1', to: 'p9', quality: 'strong', flow: 'both' }] };
    const result = await prepareImport(JSON.stringify(broken), new Set(), () => 'x');
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, error: { code: 'dangling-ref', path: 'relations[0].to', params: { kind: 'person', id: 'p9' } } });
  });

  it('refuses text that is not a case file', async () => {
    expect((await prepareImport('', new Set(), () => 'x')).ok).toBe(false);
    expect((await prepareImport('{"hello":1}', new Set(), () => 'x')).ok).toBe(false);
  });
});

describe('prepareImport from bytes', () => {
  it('imports UTF-8 bytes, with or without a byte order mark', async () => {
    const bytes = new TextEncoder().encode(serializeCase(makeDoc('c-bytes', 'Familie')));
    expect((await prepareImport(bytes, new Set(), () => 'x')).ok).toBe(true);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await prepareImport(withBom, new Set(), () => 'x')).ok).toBe(true);
  });

  it('refuses a Latin-1 file instead of importing replacement characters', async () => {
    const text = serializeCase(makeDoc('c-latin', 'Zoë'));
    // Latin-1: every character one byte, é/ë/Ş... as themselves (Ş is not Latin-1: use "?").
    const latin1 = Uint8Array.from(Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
    const at = text.indexOf('Zoë') + 2;
    const result = await prepareImport(latin1, new Set(), () => 'x');
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-utf8', path: '', params: { byte: at + 1, latin1: true } },
    });
  });

  it.each([
    // A byte from 0xA0 up among ASCII could be a Latin-1 letter: the message says so.
    ['a lone continuation byte', [0x7b, 0x80, 0x7d], 2, false],
    ['a cut-off sequence at the end', [0x7b, 0x22, 0xe2, 0x82], 3, true],
    ['an overlong slash', [0x7b, 0xc0, 0xaf], 2, true],
    ['a UTF-16 surrogate', [0x20, 0xed, 0xa0, 0x80], 2, true],
  ])('refuses %s, naming the byte', async (_label, bytes, byte, latin1) => {
    const result = await prepareImport(new Uint8Array(bytes), new Set(), () => 'x');
    expect(result).toEqual({ ok: false, error: { code: 'not-utf8', path: '', params: { byte, latin1 } } });
  });
});

describe('readCaseFile', () => {
  it('reads bytes (decoding is strict and happens in prepareImport)', async () => {
    const result = await readCaseFile(new Blob(['{"a":"é"}']), messages);
    expect(result).toEqual({ ok: true, value: new TextEncoder().encode('{"a":"é"}') });
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
