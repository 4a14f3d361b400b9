/** The compact "add a need" form: the text, then a tap on its kind adds it (Enter: the last kind). */
import { useRef, useState, type FormEvent } from 'react';
import type { SupportCategory } from '../../graph/schema';
import { HiddenLabelInput } from './HiddenLabelInput';
import { KindButtons } from './KindButtons';
import { LIMITS } from '../../graph/schema';

interface Props {
  /** Prefix of the text field's id. */
  idBase: string;
  formLabel: string;
  textLabel: string;
  placeholder: string;
  /** Names the kind buttons' group ("Toevoegen als"). */
  kindsLabel: string;
  initialKind: SupportCategory;
  onAdd(text: string, category: SupportCategory): void;
}

export function AddSupportForm({ idBase, formLabel, textLabel, placeholder, kindsLabel, initialKind, onAdd }: Props) {
  const [text, setText] = useState('');
  const [last, setLast] = useState<SupportCategory>(initialKind);
  const textRef = useRef<HTMLInputElement>(null);
  const add = (category: SupportCategory) => {
    const trimmed = text.trim();
    if (!trimmed) {
      textRef.current?.focus();
      return;
    }
    onAdd(trimmed, category);
    setLast(category);
    setText('');
    // Ready for the next need of the same person.
    textRef.current?.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add(last);
  };
  return (
    <form className="st-add" onSubmit={submit} aria-label={formLabel}>
      <HiddenLabelInput inputRef={textRef} id={`${idBase}-text`} label={textLabel} placeholder={placeholder} value={text} onChange={setText} maxLength={LIMITS.textLength} />
      <KindButtons label={kindsLabel} last={last} onPick={add} />
    </form>
  );
}
