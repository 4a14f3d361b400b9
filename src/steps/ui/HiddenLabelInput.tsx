/** A one-line text input in a compact add form: the label is for screen readers, the placeholder for the eye. */
interface Props {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

export function HiddenLabelInput({ id, label, placeholder, value, onChange }: Props) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="text" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}
