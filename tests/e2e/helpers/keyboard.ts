/**
 * A keyboard-only user for e2e specs: every key goes through here, so it is counted and, after
 * it, the focus is checked — on a real element (not lost to the page), on screen and not hidden
 * under something else, with a visible focus indicator: the element's outline, box-shadow or
 * (SVG) stroke while focused differs from the same element's once focus has moved on (read
 * one key later, so nothing is blurred on purpose), and its colour has 3:1 contrast against the
 * background behind it (WCAG 1.4.11). `tabTo` moves with Tab or Shift+Tab until a target has the
 * focus, within a bound: a control it cannot reach, or a trap, fails the test.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface FocusReport {
  /** What has the focus, for messages: tag, role and name. */
  what: string;
  problems: string[];
  onBody: boolean;
}

/** Runs in the page: the focused element's state, and the previous one's style now that it lost the focus. */
function inspectFocus(): { report: FocusReport; prevProblem: string | null } {
  type Mark = { el: Element; signature: string; what: string };
  const w = window as unknown as { __kbdPrev?: Mark };

  const parse = (color: string): [number, number, number, number] | null => {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  /** The colour behind `el`: the first ancestor with an opaque enough background, else the page's white. */
  const backgroundOf = (el: Element | null): number[] => {
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c && c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const describe = (el: Element) => {
    const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? (el as HTMLElement).innerText?.trim() ?? el.textContent?.trim() ?? '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(label ?? name).slice(0, 60)}"`;
  };
  /** Everything a focus style may change, on the element and (an SVG group) its first shape. */
  const signature = (el: Element) => {
    const cs = getComputedStyle(el);
    const shape = el instanceof SVGElement ? el.querySelector('path, rect, circle') : null;
    const ss = shape ? getComputedStyle(shape) : null;
    return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor, cs.borderColor, cs.stroke, cs.strokeWidth, cs.fill, ss?.stroke, ss?.strokeWidth, ss?.fill].join('|');
  };

  let prevProblem: string | null = null;
  const prev = w.__kbdPrev;
  const el = document.activeElement;
  if (prev && prev.el !== el && prev.el.isConnected && signature(prev.el) === prev.signature) {
    prevProblem = `${prev.what} looks the same focused and unfocused: no visible focus indicator`;
  }
  if (!el || el === document.body || el === document.documentElement) {
    w.__kbdPrev = undefined;
    return { report: { what: 'body', problems: [], onBody: true }, prevProblem };
  }
  const what = describe(el);
  const problems: string[] = [];
  const cs = getComputedStyle(el);

  // On screen: inside the viewport, and the element itself at one of five points (not covered).
  const r = el.getBoundingClientRect();
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(r.left, 0);
  const right = Math.min(r.right, vw);
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, vh);
  if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || Number(cs.opacity) === 0) problems.push('not visible');
  else if (right - left < 2 || bottom - top < 2) problems.push(`off screen (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)})`);
  else {
    const points = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + 2, top + 2],
      [right - 2, top + 2],
      [left + 2, bottom - 2],
      [right - 2, bottom - 2],
    ];
    const own = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true);
    });
    if (!own) problems.push('covered by another element');
  }

  // The indicator and its contrast.
  const outlineWidth = parseFloat(cs.outlineWidth);
  let indicator: number[] | null = null;
  let against: number[] = backgroundOf(el.parentElement);
  if (cs.outlineStyle !== 'none' && outlineWidth >= 2) indicator = parse(cs.outlineColor)?.slice(0, 3) ?? null;
  else if (cs.boxShadow !== 'none') indicator = parse(cs.boxShadow)?.slice(0, 3) ?? null;
  else if (el instanceof SVGElement) {
    const shape = el.matches('path, rect, circle') ? el : el.querySelector('path, rect, circle');
    const ss = shape ? getComputedStyle(shape) : null;
    if (ss && ss.stroke !== 'none' && parseFloat(ss.strokeWidth) >= 2) indicator = parse(ss.stroke)?.slice(0, 3) ?? null;
    against = [255, 255, 255];
  }
  if (!indicator) problems.push(`no outline, box-shadow or stroke while focused (outline ${cs.outlineStyle} ${cs.outlineWidth}${el.matches(':focus-visible') ? '' : ', not :focus-visible'}${el.matches(':focus') ? '' : ', not :focus'} ${document.hasFocus()})`);
  else if (contrast(indicator, against) < 3) problems.push(`focus indicator contrast ${contrast(indicator, against).toFixed(2)}:1 (needs 3:1)`);

  w.__kbdPrev = { el, signature: signature(el), what };
  return { report: { what, problems, onBody: false }, prevProblem };
}

export class KeyboardUser {
  presses = 0;
  /** Where in the flow the user is, for the messages. */
  where = '';
  /** What had the focus before the last key. */
  private last = '';
  /** Every problem found, with the key that led to it. */
  readonly problems: string[] = [];

  constructor(readonly page: Page) {}

  /** One key (or chord); the focus is checked after it. `allowBody`: focus may rest on the page (after the last control). */
  async press(key: string, options: { allowBody?: boolean } = {}): Promise<FocusReport> {
    await this.page.keyboard.press(key);
    this.presses++;
    return this.check(key, options.allowBody ?? false);
  }

  /** Types text into the focused field, a key per character (counted). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.presses += [...text].length;
    await this.check(`typing "${text}"`, false);
  }

  async check(after: string, allowBody: boolean): Promise<FocusReport> {
    const first = await this.page.evaluate(inspectFocus);
    const { prevProblem } = first;
    let report = first.report;
    // What a key does may take a frame or two (a dialog unmounting, a view gliding, focus handed
    // on in an effect): only what is still wrong after a moment counts.
    for (let waited = 0; (report.problems.length > 0 || (report.onBody && !allowBody)) && waited < 1000; waited += 100) {
      await this.page.waitForTimeout(100);
      report = (await this.page.evaluate(inspectFocus)).report;
    }
    const at = `${this.where}: after ${after} on ${this.last}`;
    if (prevProblem) this.problems.push(`${at}: ${prevProblem}`);
    if (report.onBody && !allowBody) this.problems.push(`${at}: the focus was lost (on the page itself)`);
    for (const problem of report.problems) this.problems.push(`${at}: ${report.what}: ${problem}`);
    this.last = report.what;
    // A broken focus style shows on every key: say so at once instead of running into the timeout.
    if (this.problems.length > 20) throw new Error(`focus problems:\n${this.problems.join('\n')}`);
    return report;
  }

  /** Whether `target` (one element) has the focus. */
  async has(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
  }

  /**
   * Tab (or Shift+Tab with `back`) until `target` has the focus, at most `max` keys. Passing the
   * end of the page once (focus on the page, then the first control again) is allowed: that is
   * how the browser cycles. Never reaching it fails, naming the last control.
   */
  async tabTo(target: Locator, options: { back?: boolean; max?: number } = {}): Promise<number> {
    const key = options.back ? 'Shift+Tab' : 'Tab';
    const max = options.max ?? 80;
    await expect(target).toBeAttached();
    if (await this.has(target)) return 0;
    let last = '';
    for (let n = 1; n <= max; n++) {
      const report = await this.press(key, { allowBody: true });
      last = report.what;
      if (await this.has(target)) return n;
    }
    throw new Error(`${key} did not reach ${target.toString()} in ${max} keys (last focus: ${last})`);
  }

  /** Fails with every focus problem collected so far, but those `known` (each named where it is listed). */
  expectNoProblems(known: readonly RegExp[] = []): void {
    const left = this.problems.filter((p) => !known.some((k) => k.test(p)));
    expect(left, left.join('\n')).toEqual([]);
  }
}

/** The focused element must be `target`. */
export async function expectFocused(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
}
