/**
 * The Content-Security-Policy arrives as a header (with frame-ancestors, which a meta tag cannot
 * carry), and the app works under it: ELK's worker and the parse worker start, a file imports,
 * and the browser reports no violation. Runs against `vite preview` (and, with E2E_DEV=1, the
 * dev server, whose policy differs only by the hash of React refresh's preamble).
 */
import { expect, test } from '@playwright/test';
import { VALID } from '../fixtures/index';
import { caseTitle, importViaButton, openShell } from './helpers/app';

test('the page is sent with the CSP header, frame-ancestors none, the meta policy and nothing looser', async ({ request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'];
  expect(header).toBeDefined();
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).toContain("default-src 'self'");
  const html = await response.text();
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  if (process.env.E2E_DEV === '1') {
    expect(header).toMatch(/script-src 'self' 'sha256-[^']+'/);
  } else {
    // The built page: the header is the meta tag's policy plus frame-ancestors, word for word.
    expect(meta).toBeDefined();
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  }
  // Every file, not only the page: a worker script gets the policy too.
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/src/main.tsx';
  expect((await request.get(asset)).headers()['content-security-policy']).toBe(header);
});

test('the app, ELK and the parse worker run under the policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openShell(page);
  await expect.poll(() => workers.some((url) => /elk-worker/.test(url))).toBe(true);
  await importViaButton(page, VALID.blendedFamily);
  await expect(caseTitle(page)).toHaveText(/Samengesteld gezin Jansen-Öztürk/);
  expect(workers.some((url) => /parse\.worker/.test(url))).toBe(true);
  // The genogram of the imported case is laid out by ELK: its people are on the map.
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('the React Flow attribution stays, opens in a new window and is readable (contrast of at least 4.5:1)', async ({ page }) => {
  await openShell(page);
  const link = page.locator('.react-flow__attribution a');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const ratio = await link.evaluate((element) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const fg = rgb(getComputedStyle(element).color);
    const panel = getComputedStyle(element.parentElement!).backgroundColor;
    const bg = rgb(panel);
    // Only an opaque panel decides the contrast alone (the map behind a see-through one varies).
    if (bg.length === 4 && bg[3]! < 1) return 0;
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
});
