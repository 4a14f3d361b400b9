/** One radio button or checkbox with its label, as the export dialog lists its options. */
export function Choice({
  label,
  checked,
  onChange,
  name,
  type = 'radio',
}: {
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
  name?: string;
  type?: 'radio' | 'checkbox';
}) {
  return (
    <label className="choice">
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
    </label>
  );
}
