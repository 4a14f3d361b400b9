import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(1000);
  const out: string[] = [];
  for (let i = 0; i < 130; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return 'none';
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : ''} "${name}" o=${cs.outlineStyle}/${cs.outlineWidth}/${cs.outlineColor} bs=${cs.boxShadow.slice(0, 30)} r=${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}x${Math.round(r.height)} fv=${el.matches(':focus-visible')}`;
    });
    out.push(`${i}: ${info}`);
  }
  console.log(out.join('\n'));
});
