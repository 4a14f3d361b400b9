/** Every step's question and tips must be the seed text's own words (the method's handreiking). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_NUMBERS } from '../../../src/graph/schema';
import { stepContent } from '../../../src/i18n/steps';

// The seed text lives beside the repository (shared/seed), not in it: on a machine without it
// this check is skipped rather than failing a clean clone.
const seedUrl = new URL('../../../../shared/seed/stappenplan-jij-en-je-netwerk.txt', import.meta.url);
const seed = existsSync(seedUrl) ? readFileSync(seedUrl, 'utf8') : null;
const flat = (s: string, dropHyphen: boolean) =>
  s
    .replace(/-\s*\n\s*/g, dropHyphen ? '' : '-')
    .replace(/[●\s]+/g, ' ')
    .trim();
const inSeed = (text: string, source = seed ?? '') => flat(source, true).includes(flat(text, true)) || flat(source, false).includes(flat(text, false));

describe.skipIf(seed === null)('step content', () => {
  it.each(STEP_NUMBERS)('step %s: name, question and every tip come from the seed text', (n) => {
    const c = stepContent[n];
    expect(inSeed(c.name), c.name).toBe(true);
    expect(inSeed(c.question), c.question).toBe(true);
    expect(c.tips.length).toBeGreaterThanOrEqual(5);
    for (const tip of c.tips) expect(inSeed(tip), tip).toBe(true);
  });
});
