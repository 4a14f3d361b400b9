// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { reactPropName, SvgTree } from '../../../src/canvas/SvgTree';
import { el } from '../../../src/draw/svg';
import { personLabel, personSymbol } from '../../../src/draw/symbols';
import { legend } from '../../../src/draw/legend';
import { tieLine } from '../../../src/draw/ties';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('SvgTree', () => {
  it('maps SVG attribute names to React props', () => {
    expect(reactPropName('stroke-width')).toBe('strokeWidth');
    expect(reactPropName('text-anchor')).toBe('textAnchor');
    expect(reactPropName('class')).toBe('className');
    expect(reactPropName('data-part')).toBe('data-part');
    expect(reactPropName('viewBox')).toBe('viewBox');
  });

  it('renders a symbol inside an svg with the right DOM attributes', () => {
    const { container } = render(
      <svg>
        <SvgTree node={personSymbol({ gender: 'female', focus: true, deceased: true })} />
      </svg>,
    );
    const g = container.querySelector('g.person-symbol')!;
    expect(g.getAttribute('data-shape')).toBe('circle');
    const outline = container.querySelector('[data-part="outline"]')!;
    expect(outline.tagName).toBe('circle');
    expect(outline.getAttribute('stroke-width')).toBe('2');
    expect(container.querySelector('[data-part="focus-outline"]')).not.toBeNull();
    expect(container.querySelector('[data-part="deceased-cross"]')!.getAttribute('stroke-linecap')).toBe('round');
  });

  it('renders hostile names as text, never as markup', () => {
    const { container } = render(
      <svg>
        <SvgTree node={personLabel({ name: HOSTILE, gender: 'male' }, { maxChars: 100 })} />
      </svg>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-part="name"]')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('title')!.textContent).toBe(HOSTILE);
  });

  it('drops event-handler attributes and script elements', () => {
    const { container } = render(
      <svg>
        <SvgTree node={el('g', { onclick: 'alert(1)', class: 'x' }, [el('script', {}, ['alert(1)']), 'ok'])} />
      </svg>,
    );
    const g = container.querySelector('g.x')!;
    expect(g.getAttribute('onclick')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(g.textContent).toBe('ok');
  });

  it('renders a standalone, labelled svg for the legend', () => {
    const d = legend('netwerkkaart');
    const { getByRole } = render(<SvgTree node={d.node} width={d.width} height={d.height} title="Legenda" />);
    const svg = getByRole('img', { name: 'Legenda' });
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${d.width} ${d.height}`);
    expect(svg.querySelectorAll('.legend-item').length).toBeGreaterThan(15);
  });

  it('keeps the dash pattern of a weak tie', () => {
    const { container } = render(
      <svg>
        <SvgTree node={tieLine({ x: 0, y: 0 }, { x: 200, y: 0 }, 'weak', 'to')} />
      </svg>,
    );
    expect(container.querySelector('[data-part="line"]')!.getAttribute('stroke-dasharray')).toBe('7 5');
    expect(container.querySelectorAll('[data-part="arrow"]')).toHaveLength(1);
  });
});
