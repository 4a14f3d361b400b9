/**
 * The optional animation between "toen" and "nu": a slider the user can move step by step (the
 * accessible way, and the only motion there is unless asked for), and "Afspelen" that runs it
 * once in about a second and a half. With reduced motion asked for, it goes in four steps.
 */
import { useEffect, useRef, useState } from 'react';
import { snapshotText as t } from '../../i18n/snapshots';

const DURATION_MS = 1500;
/** Drawing the map is the cost of a frame; a new one every ~60 ms keeps a big map smooth enough. */
const FRAME_MS = 60;

export function TransitionControls({ share, onChange }: { share: number; onChange(share: number): void }) {
  const [playing, setPlaying] = useState(false);
  const change = useRef(onChange);
  change.current = onChange;
  useEffect(() => {
    if (!playing) return;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const start = performance.now();
    let last = -Infinity;
    let frame = 0;
    const tick = (now: number) => {
      const elapsed = now - start;
      const done = elapsed >= DURATION_MS;
      if (done || now - last >= (reduced ? DURATION_MS / 4 : FRAME_MS)) {
        last = now;
        const raw = Math.min(1, elapsed / DURATION_MS);
        change.current(reduced ? Math.ceil(raw * 4) / 4 : raw);
      }
      if (done) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    change.current(0);
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
  return (
    <div className="snap-transition">
      <label>
        {t.transitionSlider}{' '}
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(share * 100)}
          aria-valuetext={`${Math.round(share * 100)}%`}
          onChange={(e) => {
            setPlaying(false);
            onChange(Number(e.currentTarget.value) / 100);
          }}
        />
      </label>{' '}
      <button type="button" onClick={() => setPlaying(true)} disabled={playing}>
        {t.play}
      </button>
      <p className="snap-hint">{t.transitionHint}</p>
    </div>
  );
}
