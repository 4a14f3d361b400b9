/** A dialog's heading (which names the dialog through aria-labelledby) and its "Sluiten" button (cases, PDF, security, snapshots). */
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
