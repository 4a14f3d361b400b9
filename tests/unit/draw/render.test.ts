// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeAttr, svgDocument, toSvgString } from '../../../src/draw/render';
import { el } from '../../../src/draw/svg';
import { personLabel } from '../../../src/draw/symbols';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('toSvgString', () => {
  it('serialises tags, attributes and text, skipping undefined attributes', () => {
    const svg = toSvgString(el('g', { class: 'a', opacity: undefined }, [el('rect', { x: 1.234567, 'stroke-width': 2 }), 'hi']));
    expect(svg).toBe('<g class="a"><rect x="1.23" stroke-width="2"/>hi</g>');
  });

  it('escapes hostile names in text so they stay text', () => {
    const svg = toSvgString(personLabel({ name: HOSTILE, gender: 'female' }, { maxChars: 100 }));
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes attribute values, including quotes', () => {
    const svg = toSvgString(el('text', { 'data-name': `"><script>alert('x')</script>` }, ['a & b']));
    expect(svg).toBe(
      '<text data-name="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">a &amp; b</text>',
    );
    expect(escapeAttr('&')).toBe('&amp;');
  });

  it('drops event handlers, links, scripts and malformed names', () => {
    const svg = toSvgString(
      el('g', { onclick: 'alert(1)', href: 'javascript:alert(1)', 'bad name': 'x', ok: 'y' }, [
        el('script', {}, ['alert(1)']),
        el('foreignObject', {}, [el('div', {}, ['x'])]),
        el('a"b', {}, []),
      ]),
    );
    expect(svg).toBe('<g ok="y"></g>');
  });

  it('parses as SVG in a DOM parser with the hostile text as a text node', () => {
    const doc = svgDocument(personLabel({ name: HOSTILE, gender: 'male' }, { maxChars: 100 }), {
      x: 0, y: 0, width: 100, height: 100,
    });
    const parsed = new DOMParser().parseFromString(doc, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('img')).toHaveLength(0);
    expect(parsed.getElementsByTagName('text')[0]!.textContent).toBe(HOSTILE);
  });
});

describe('print safety', () => {
  it('never relies on paint-order, which svg2pdf.js ignores (it would paint halos over letters)', async () => {
    const { legend } = await import('../../../src/draw/legend');
    const { ecogramBackground } = await import('../../../src/draw/ecogramBackground');
    const { ecogramGeometry } = await import('../../../src/layout/netwerkkaart');
    const { tieLine } = await import('../../../src/draw/ties');
    const drawings = [
      legend('genogram').node,
      legend('netwerkkaart').node,
      ecogramBackground(ecogramGeometry({ people: [] })),
      personLabel({ name: 'Sam', gender: 'male', birthYear: 2010 }),
      tieLine({ x: 0, y: 0 }, { x: 300, y: 0 }, 'normal', 'both', { label: 'P' }),
    ];
    for (const d of drawings) expect(toSvgString(d)).not.toContain('paint-order');
  });
});
