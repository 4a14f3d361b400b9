/**
 * The form that sets the first passphrase or changes it: the current one (when changing), the
 * new one twice, and for the first one an explicit "I understand it cannot be recovered".
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PassphraseResult } from '../../storage/passphrase';
import { security as t } from '../../i18n/security';

/** A floor, not advice: the hint asks for four words or more. */
export const MIN_PASSPHRASE = 8;

interface PassphraseFormProps {
  changing: boolean;
  onSubmit(next: string, current: string | null): Promise<PassphraseResult>;
}

export function PassphraseForm({ changing, onSubmit }: PassphraseFormProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const id = useId();
  const said = useRef<HTMLParagraphElement>(null);
  // The dialog may scroll: the outcome is shown where the eye is, not below the fold.
  // (A block body: newer browsers' scrollIntoView returns a promise, which React would take for a clean-up.)
  useEffect(() => {
    said.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);

  const problem = next.length < MIN_PASSPHRASE ? t.tooShort(MIN_PASSPHRASE) : next !== repeat ? t.mismatch : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) {
      setMessage({ kind: 'error', text: problem });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const result = await onSubmit(next, changing ? current : null);
      if (result === 'ok') {
        setMessage({ kind: 'done', text: changing ? t.changeDone : t.setDone });
        setCurrent('');
        setNext('');
        setRepeat('');
      } else {
        setMessage({ kind: 'error', text: t.wrongCurrent });
      }
    } catch (cause) {
      console.error(cause);
      setMessage({ kind: 'error', text: t.failed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="passphrase-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{changing ? t.changeTitle : t.setTitle}</h3>
      {changing && (
        <>
          <label htmlFor={`${id}-current`}>{t.current}</label>
          <input id={`${id}-current`} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
        </>
      )}
      <label htmlFor={`${id}-next`}>{t.next}</label>
      <input id={`${id}-next`} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} aria-describedby={`${id}-hint`} required />
      <p id={`${id}-hint`} className="field-hint">
        {t.hint}
      </p>
      <label htmlFor={`${id}-repeat`}>{t.repeat}</label>
      <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
      {!changing && (
        <label className="check-label">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t.understood}
        </label>
      )}
      {message && (
        <p ref={said} role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-done'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || (!changing && !understood)}>
        {busy ? t.busy : changing ? t.change : t.set}
      </button>
    </form>
  );
}
