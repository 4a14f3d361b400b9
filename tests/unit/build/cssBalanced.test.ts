/**
 * Every stylesheet closes what it opens. A rule left open at a merge swallowed the rest of
 * app.css: with CSS nesting, the export dialog's layout then applied only inside the family view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** Where the first brace without its partner is (line number), or null when all are paired. */
export function unbalanced(css: string): number | null {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/"[^"\n]*"|'[^'\n]*'/g, (q) => q.replace(/[{}]/g, ' '));
  const open: number[] = [];
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line++;
    else if (ch === '{') open.push(line);
    else if (ch === '}' && open.pop() === undefined) return line;
  }
  return open.length > 0 ? open[open.length - 1]! : null;
}

describe('stylesheets', () => {
  const files = cssFiles(join(__dirname, '../../../src'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    it(`${file.split('/src/')[1]} closes every rule it opens`, () => {
      expect(unbalanced(readFileSync(file, 'utf8'))).toBeNull();
    });
  }

  it('finds a rule left open, and a stray closing brace', () => {
    expect(unbalanced('a { color: red;\n/* b */\n.c { d: e; }')).toBe(1);
    expect(unbalanced('a { }\n}')).toBe(2);
    expect(unbalanced('a { content: "{"; }')).toBeNull();
  });
});
