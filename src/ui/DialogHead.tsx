/** A dialog's title with its "Sluiten" button beside it (the cases menu, the PDF dialog). */
export function DialogHead({ id, title, closeLabel, onClose }: { id: string; title: string; closeLabel: string; onClose(): void }) {
  return (
    <div className="dialog-head">
      <h2 id={id}>{title}</h2>
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </div>
  );
}
