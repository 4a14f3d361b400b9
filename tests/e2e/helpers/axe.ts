/**
 * axe-core in the page, without @axe-core/playwright: the page's CSP refuses an added script
 * tag, so the engine's source is evaluated through Playwright (which the CSP does not govern).
 * The source comes from the `axe-core` dev dependency; AXE_CORE_DIR points elsewhere while
 * that package is not installed yet (a scratch `npm install axe-core` outside the project).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let source: string | undefined;

function axeSource(): string {
  if (source) return source;
  const dir = process.env.AXE_CORE_DIR;
  let file: string;
  try {
    file = dir ? join(dir, 'axe.min.js') : createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  } catch {
    throw new Error('axe-core is missing: add it as a dev dependency (npm i -D -E axe-core@4.14.1), or set AXE_CORE_DIR');
  }
  source = readFileSync(file, 'utf8');
  return source;
}

/** The serious and critical WCAG 2.x A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const code = axeSource();
  // A string is evaluated as a script by the debugging protocol, outside the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(code);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with one line per violation, naming the screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([]);
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}x): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}
