/**
 * Names wrap onto two lines (three on the netwerkkaart) within the room a person has, split at
 * spaces; only what does not fit is cut, and the full name stays in the <title>.
 */
import { describe, expect, it } from 'vitest';
import { labelLines, personLabel } from '../../../src/draw/symbols';
import { toSvgString } from '../../../src/draw/render';
import { approxTextWidth, graphemes, wrapLines } from '../../../src/draw/text';
import { linesThatFit } from '../../../src/draw/labelRoom';
import { parts, texts } from './helpers';

const ROOM = 76; // a genogram slot: people 84 px apart, minus a gap
const FONT = 11;

describe('wrapLines', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLines('Sam', ROOM, FONT)).toEqual(['Sam']);
  });

  it('wraps a name that was cut before at a space, in full', () => {
    expect(wrapLines('Mark de Vries', 60, FONT)).toEqual(['Mark de', 'Vries']);
    expect(wrapLines('Oma Riet de Vries', ROOM, FONT)).toEqual(['Oma Riet de', 'Vries']);
  });

  it('never makes a line wider than the room, and cuts only the last line', () => {
    const long = 'Anna '.repeat(40).trim() + ' ' + 'x'.repeat(200);
    const lines = wrapLines(long, ROOM, FONT);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(approxTextWidth(l, FONT)).toBeLessThanOrEqual(ROOM);
    expect(lines[0]).not.toContain('…');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('breaks one very long word over the lines instead of losing it on the first', () => {
    const lines = wrapLines('Ş'.repeat(200), ROOM, FONT);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.length).toBeGreaterThan(5);
    for (const l of lines) expect(approxTextWidth(l, FONT)).toBeLessThanOrEqual(ROOM);
  });

  it('never cuts inside a letter with combining marks', () => {
    const name = 'Nguyễn Thị Ngọc Ánh Phương Trần';
    const lines = wrapLines(name, 50, FONT);
    const all = new Set(graphemes(name));
    for (const l of lines) for (const g of graphemes(l.replace('…', ''))) expect(all.has(g) || g === ' ').toBe(true);
  });

  it('breaks after a hyphen before it breaks inside a word', () => {
    expect(wrapLines('Şükriye Yılmaz-Demir', 96, 17, 4)).toEqual(['Şükriye', 'Yılmaz-', 'Demir']);
    expect(wrapLines('Linda Bakker-van den Berg', 96, 13, 3)).toEqual(['Linda', 'Bakker-van', 'den Berg']);
    expect(wrapLines('Ilse Bakker-Smit', 90, 11)).toEqual(['Ilse Bakker-', 'Smit']);
  });

  it('keeps a word a little wider than the line whole instead of splitting off its last letters', () => {
    const lines = wrapLines('Fatima (jeugdhulp)', 96, 17, 4);
    expect(lines).toEqual(['Fatima', '(jeugdhulp)']);
    expect(approxTextWidth('(jeugdhulp)', 17)).toBeGreaterThan(96);
    expect(approxTextWidth('(jeugdhulp)', 17)).toBeLessThanOrEqual(96 * 1.35);
  });

  it('allows three lines when asked', () => {
    expect(wrapLines('Mevrouw Meijer (mentor)', 96, 13, 3)).toEqual(['Mevrouw', 'Meijer', '(mentor)']);
  });
});

describe('personLabel with a width', () => {
  it('draws each line as its own text with an opaque backdrop, years below, full name in the title', () => {
    const person = { name: 'Linda Bakker-van den Berg', gender: 'female' as const, birthYear: 1982 };
    const label = personLabel(person, { fontSize: FONT, maxWidth: ROOM });
    const names = parts(label, 'name');
    expect(names.length).toBe(2);
    const ys = names.map((n) => Number(n.attrs!.y));
    const years = parts(label, 'years')[0]!;
    expect(Number(years.attrs!.y)).toBeGreaterThan(Math.max(...ys));
    expect(texts(label)[0]).toBe('Linda Bakker-van den Berg');
    for (const b of parts(label, 'backdrop')) expect(b.attrs!['fill-opacity']).toBe(1);
  });

  it('keeps a hostile name as text', () => {
    const svg = toSvgString(personLabel({ name: '<img src=x onerror=alert(1)>', gender: 'male' }, { maxWidth: ROOM }));
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });

  it('agrees with the cached canvas wrapping', () => {
    for (const name of ['Linda Bakker', 'Oma Ans Bakker', 'x'.repeat(200), 'Şükriye Yılmaz', '']) {
      expect(linesThatFit(name, ROOM, FONT)).toEqual(labelLines(name, { fontSize: FONT, maxWidth: ROOM }));
    }
  });
});
