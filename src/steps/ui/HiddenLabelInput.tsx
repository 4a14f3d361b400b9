/** A one-line text input in a compact add form: the label is for screen readers, the placeholder for the eye. */
import type { Ref } from 'react';
import { LimitNote } from '../../ui/LimitNote';

interface Props {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** The schema's limit for this field. */
  maxLength: number;
  /** To put the cursor back after adding, ready for the next one. */
  inputRef?: Ref<HTMLInputElement>;
}

export function HiddenLabelInput({ id, label, placeholder, value, onChange, maxLength, inputRef }: Props) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input ref={inputRef} id={id} type="text" value={value} placeholder={placeholder} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      <LimitNote length={value.length} max={maxLength} />
    </>
  );
}
