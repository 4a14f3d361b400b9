/**
 * The inline name field for drawing live: it appears where the person will be, takes the
 * name, Enter adds, Escape (or leaving it empty) cancels. One field, focused at once, so adding a
 * person is click - type - Enter. It takes what people say in one go ("Oma Ria 1953", "Opa Jan
 * 1950-2021": graph/spokenName.ts) and offers the gender as one tap on the symbols beside it
 * (□ ○ ◇, or Alt+M, Alt+V, Alt+N), so the side pane is not needed for a new person.
 *
 * The person does not exist before Enter, so there is nothing to commit while typing; but when
 * the page is hidden or closed mid-name, the name typed so far is added (as Enter would) rather
 * than lost.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Gender } from '../graph/schema';
import { LIMITS } from '../graph/schema';
import { parseSpokenName, type SpokenName } from '../graph/spokenName';
import { canvasText } from '../i18n/canvas';
import { GENDER_WORDS } from '../i18n/kinshipWords';
import { LimitNote } from '../ui/LimitNote';
import { Floating, type Anchor } from './Floating';

export interface NameFieldProps {
  label: string;
  /** Where to show it, in px relative to the map's container. */
  at: { x: number; y: number };
  /** A short line under the field, e.g. the sector and ring the person will be placed in. */
  hint?: string;
  anchor?: Anchor;
  onSubmit(person: SpokenName): void;
  onCancel(): void;
}

const GENDER_BUTTONS: readonly { gender: Gender; symbol: string; key: string }[] = [
  { gender: 'male', symbol: '□', key: 'm' },
  { gender: 'female', symbol: '○', key: 'v' },
  { gender: 'nonbinary', symbol: '◇', key: 'n' },
];

const read = (text: string, chosen: Gender | null): SpokenName => {
  const spoken = parseSpokenName(text, new Date().getFullYear(), GENDER_WORDS);
  return chosen ? { ...spoken, gender: chosen } : spoken;
};

export function NameField({ label, at, hint, anchor = 'centre', onSubmit, onCancel }: NameFieldProps) {
  const [value, setValue] = useState('');
  // null: not chosen (a kinship word may still say it); 'unknown': chosen off again.
  const [chosen, setChosen] = useState<Gender | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const latest = useRef({ value, chosen, onSubmit });
  latest.current = { value, chosen, onSubmit };
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    let done = false;
    const onHide = () => {
      const text = (ref.current?.value ?? latest.current.value).trim();
      if (done || !text) return;
      done = true;
      latest.current.onSubmit(read(text, latest.current.chosen));
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    // Capture: runs before autosave's own pagehide/visibilitychange flush, so the person is saved.
    window.addEventListener('pagehide', onHide, { capture: true });
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('pagehide', onHide, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility, { capture: true });
    };
  }, []);

  const spoken = read(value, chosen);
  const shown = spoken.gender ?? 'unknown';
  const toggle = (g: Gender) => setChosen(shown === g ? 'unknown' : g);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    const shortcut = e.altKey && !e.ctrlKey && !e.metaKey ? GENDER_BUTTONS.find((b) => b.key === e.key.toLowerCase()) : undefined;
    if (shortcut) {
      e.preventDefault();
      toggle(shortcut.gender);
    }
  };
  const years = canvasText.spokenYears(spoken);
  return (
    <Floating at={at} anchor={anchor} className="nk-name-field">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onSubmit(spoken);
          else onCancel();
        }}
      >
        <div className="nk-name-field__row">
          <input
            ref={ref}
            type="text"
            aria-label={label}
            aria-describedby={hint || years ? 'nk-name-field-hint' : undefined}
            placeholder={canvasText.newPersonPlaceholder}
            value={value}
            maxLength={LIMITS.nameLength}
            autoComplete="off"
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <div role="group" aria-label={canvasText.genderGroup} className="nk-gender-buttons">
            {GENDER_BUTTONS.map((b) => (
              <button
                key={b.gender}
                type="button"
                aria-pressed={shown === b.gender}
                aria-label={canvasText.gender[b.gender]}
                aria-keyshortcuts={`Alt+${b.key.toUpperCase()}`}
                title={`${canvasText.gender[b.gender]} (Alt+${b.key.toUpperCase()})`}
                // The name field keeps the focus, so Enter still adds the person.
                onPointerDown={(e) => e.preventDefault()}
                onClick={() => {
                  toggle(b.gender);
                  ref.current?.focus();
                }}
              >
                {b.symbol}
              </button>
            ))}
          </div>
        </div>
        {(hint || years) && (
          <span id="nk-name-field-hint" className="nk-name-field__hint">
            {[hint, years].filter(Boolean).join(' · ')}
          </span>
        )}
        <LimitNote length={value.length} max={LIMITS.nameLength} />
      </form>
    </Floating>
  );
}
