/**
 * "Wachtwoordzin verwijderen": with a warning that the cases lie readable again, the current
 * passphrase typed once more (an unlocked laptop left open must not be a click from plain
 * text), and a second "are you sure". Focus stays where the keyboard user is: on "Annuleren"
 * when asked (the safe answer), back on the start button when cancelled.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PassphraseResult } from '../../storage/passphrase';
import { security as t } from '../../i18n/security';

interface RemovePassphraseProps {
  onRemove(current: string): Promise<PassphraseResult>;
}

export function RemovePassphrase({ onRemove }: RemovePassphraseProps) {
  const [current, setCurrent] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (current === '') {
      setError(t.remove.empty);
      return;
    }
    setError(null);
    setAsking(true);
  };

  const remove = async () => {
    setBusy(true);
    try {
      const result = await onRemove(current);
      // On 'ok' the dialog shows the outcome and this section goes (no passphrase left).
      if (result !== 'ok') {
        setError(t.remove.wrong);
        setCurrent('');
        setAsking(false);
      }
    } catch (cause) {
      console.error(cause);
      setError(t.remove.failed);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="passphrase-form remove-passphrase" onSubmit={ask} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.remove.title}</h3>
      <p id={`${id}-warning`} className="field-hint">
        {t.remove.warning}
      </p>
      <label htmlFor={`${id}-current`}>{t.remove.current}</label>
      <input
        id={`${id}-current`}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        aria-describedby={`${id}-warning`}
        disabled={asking}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {asking ? (
        <div className="lock-wipe" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t.remove.confirm}</p>
          <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
            {busy ? t.remove.busy : t.remove.yes}
          </button>
          <button ref={cancel} type="button" disabled={busy} onClick={() => setAsking(false)}>
            {t.remove.no}
          </button>
        </div>
      ) : (
        <button ref={start} type="submit" className="danger">
          {t.remove.start}
        </button>
      )}
    </form>
  );
}
