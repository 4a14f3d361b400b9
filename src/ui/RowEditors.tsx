/**
 * The two inline editors of a list row that the case menu and the snapshots dialog share: a new
 * name (with its limit), and a confirmation before something is deleted. One place, so both
 * lists behave and read alike.
 */
import { useState } from 'react';
import { LimitNote } from './LimitNote';

export interface RenameFormProps {
  id: string;
  label: string;
  initial: string;
  max: number;
  busy?: boolean;
  saveText: string;
  cancelText: string;
  onSave(name: string): void;
  onCancel(): void;
}

export function RenameForm({ id, label, initial, max, busy = false, saveText, cancelText, onSave, onCancel }: RenameFormProps) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="case-rename"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(name);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={max} required autoFocus />
      <LimitNote length={name.length} max={max} />
      <button type="submit" disabled={busy || !name.trim()}>
        {saveText}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelText}
      </button>
    </form>
  );
}

export interface ConfirmDeleteProps {
  label: string;
  question: string;
  yesText: string;
  cancelText: string;
  busy?: boolean;
  onYes(): void;
  onCancel(): void;
}

export function ConfirmDelete({ label, question, yesText, cancelText, busy = false, onYes, onCancel }: ConfirmDeleteProps) {
  return (
    <div className="case-confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <button type="button" className="danger" disabled={busy} onClick={onYes}>
        {yesText}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        {cancelText}
      </button>
    </div>
  );
}
