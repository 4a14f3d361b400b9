/** "Momentopnamen": take one, and for each: view on the map, rename, delete (confirmed), open as a new case; compare. */
import { useEffect, useRef, useState } from 'react';
import { removeSnapshot, renameSnapshot } from '../../graph/commands';
import { LIMITS, type Snapshot } from '../../graph/schema';
import { snapshotText as t } from '../../i18n/snapshots';
import { useAppStore } from '../../state/react';
import type { MomentView } from '../../state/session';
import { ConfirmDelete, RenameForm } from '../RowEditors';
import { useWorkspace } from '../workspace';
import { formatMomentDate } from './momentLabel';
import { openSnapshotAsCase } from './snapshotActions';
import { TakeSnapshotForm } from './TakeSnapshotForm';
import { DialogHead } from '../DialogHead';

export function SnapshotsDialog({ onClose }: { onClose(): void }) {
  const ws = useWorkspace();
  const snapshots = useAppStore((s) => s.doc.snapshots);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // No close() on cleanup (see CasesDialog): unmounting removes it from the top layer.
  }, []);

  const show = (moment: MomentView) => {
    ws.store.getState().setSession({ moment, selection: null });
    onClose();
  };
  const newest = [...snapshots].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));

  return (
    <dialog ref={dialog} className="cases-dialog snap-dialog" aria-labelledby="snap-title" onClose={onClose}>
      <DialogHead id="snap-title" title={t.dialogTitle} closeLabel={t.close} onClose={onClose} />
      <TakeSnapshotForm />
      {snapshots.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>
            <button type="button" onClick={() => show({ kind: 'compare', from: newest[0]!.id, to: 'now' })}>
              {t.compare}
            </button>{' '}
            <span className="snap-hint">{t.compareHint}</span>
          </p>
          <ul className="case-list" aria-label={t.listLabel}>
            {newest.map((s) => (
              <SnapshotRow key={s.id} snapshot={s} onView={() => show({ kind: 'view', snapshotId: s.id })} onOpenAsCase={() => void openSnapshotAsCase(ws, s).then(onClose)} />
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}

function SnapshotRow({ snapshot, onView, onOpenAsCase }: { snapshot: Snapshot; onView(): void; onOpenAsCase(): void }) {
  const ws = useWorkspace();
  const readOnly = useAppStore((s) => s.readOnly);
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm-delete'>('idle');
  const nameId = `snap-rename-${snapshot.id}`;
  const run = ws.store.getState().run;

  return (
    <li className="case-row">
      <div className="case-info">
        <span className="case-name">{snapshot.label}</span>
        <span className="case-meta">{formatMomentDate(snapshot.takenAt)}</span>
      </div>
      {mode === 'rename' && (
        <RenameForm
          id={nameId}
          label={t.renameLabel(snapshot.label)}
          initial={snapshot.label}
          max={LIMITS.labelLength}
          saveText={t.save}
          cancelText={t.cancel}
          onSave={(label) => {
            run(renameSnapshot, { id: snapshot.id, label: label.trim() });
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'confirm-delete' && (
        <ConfirmDelete label={t.remove} question={t.removeConfirm(snapshot.label)} yesText={t.removeYes} cancelText={t.cancel} onYes={() => run(removeSnapshot, { id: snapshot.id })} onCancel={() => setMode('idle')} />
      )}
      {mode === 'idle' && (
        <div className="case-actions">
          <button type="button" aria-label={t.viewHint(snapshot.label)} onClick={onView}>
            {t.view}
          </button>
          <button
            type="button"
            disabled={readOnly}
            onClick={() => setMode('rename')}
          >
            {t.rename}
          </button>
          <button type="button" onClick={onOpenAsCase}>
            {t.openAsCase}
          </button>
          <button type="button" disabled={readOnly} onClick={() => setMode('confirm-delete')}>
            {t.remove}
          </button>
        </div>
      )}
    </li>
  );
}
