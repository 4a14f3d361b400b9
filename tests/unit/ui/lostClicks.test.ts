// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rescueLostClicks } from '../../../src/ui/lostClicks';

/** A toolbar with one button, as RelativeActions draws it. */
function toolbar() {
  const bar = document.createElement('div');
  const button = document.createElement('button');
  button.textContent = 'Partner toevoegen';
  bar.append(button);
  document.body.append(bar);
  const onButton = vi.fn();
  const onBar = vi.fn();
  button.addEventListener('click', onButton);
  bar.addEventListener('click', onBar);
  return { bar, button, onButton, onBar };
}

const press = (on: Element, x = 10, y = 10) =>
  on.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, clientX: x, clientY: y }));
const release = (on: Element, x = 10, y = 14) => on.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0, clientX: x, clientY: y }));

describe('rescueLostClicks', () => {
  let stop: () => void;
  beforeEach(() => {
    document.body.innerHTML = '';
    stop = rescueLostClicks(window);
  });
  afterEach(() => stop());

  it('gives a click that landed beside the pressed button (it moved) back to that button, once', () => {
    const { bar, button, onButton, onBar } = toolbar();
    press(button);
    release(bar);
    expect(onButton).toHaveBeenCalledTimes(1);
    // The container does not act on the stray click as well.
    expect(onBar).toHaveBeenCalledTimes(1);
    expect(onBar.mock.calls[0]?.[0]?.target).toBe(button);
  });

  it('leaves a normal click alone: the button gets exactly one click', () => {
    const { button, onButton } = toolbar();
    press(button);
    release(button);
    expect(onButton).toHaveBeenCalledTimes(1);
  });

  it('does not turn a drag, a disabled button or a removed button into a click', () => {
    const { bar, button, onButton } = toolbar();
    press(button, 10, 10);
    release(bar, 60, 10);
    expect(onButton).not.toHaveBeenCalled();

    button.disabled = true;
    press(button);
    release(bar);
    expect(onButton).not.toHaveBeenCalled();

    button.disabled = false;
    press(button);
    button.remove();
    release(bar);
    expect(onButton).not.toHaveBeenCalled();
  });

  it('does not give a click elsewhere on the page to a button pressed before', () => {
    const { button, onButton } = toolbar();
    const other = document.createElement('p');
    document.body.append(other);
    press(button);
    release(other);
    expect(onButton).not.toHaveBeenCalled();
  });

  it('a keyboard click (no press) is left alone', () => {
    const { bar, onButton } = toolbar();
    release(bar);
    expect(onButton).not.toHaveBeenCalled();
  });

  it('gives a click on a person who glided away from under the pointer back to that person', () => {
    // As React Flow draws them: the pane holds the viewport, which holds the person's node.
    const pane = document.createElement('div');
    pane.className = 'react-flow__pane';
    const node = document.createElement('div');
    node.className = 'react-flow__node';
    const symbol = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    node.append(symbol);
    pane.append(node);
    document.body.append(pane);
    const onNode = vi.fn();
    const onPane = vi.fn();
    node.addEventListener('click', onNode);
    pane.addEventListener('click', onPane);
    press(symbol);
    release(pane);
    expect(onNode).toHaveBeenCalledTimes(1);
    // The background sees only the person's click, not a click of its own that would deselect.
    expect(onPane).toHaveBeenCalledTimes(1);
    expect(onPane.mock.calls[0]?.[0]?.target).toBe(node);
  });
});
