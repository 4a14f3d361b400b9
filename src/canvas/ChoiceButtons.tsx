/**
 * One tap per choice: a labelled group of toggle buttons for a small closed list (a couple's
 * status, a child line's type, a tie's quality or direction). A dropdown costs two actions and
 * hides the options; on a tablet turned to the family, buttons show them all.
 */
export interface ChoiceButtonsProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | null;
  onChoose(value: T): void;
}

export function ChoiceButtons<T extends string>({ label, options, labels, value, onChoose }: ChoiceButtonsProps<T>) {
  return (
    <div role="group" aria-label={label} className="nk-choices">
      <span className="nk-choices__label" aria-hidden="true">
        {label}
      </span>
      <div className="nk-choices__buttons">
        {options.map((option) => (
          <button key={option} type="button" aria-pressed={option === value} onClick={() => onChoose(option)}>
            {labels[option]}
          </button>
        ))}
      </div>
    </div>
  );
}
