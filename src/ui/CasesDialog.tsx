/** The case menu: every case on this device, with new / open / rename / duplicate / delete. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/react';
import type { CaseSummary } from '../storage/db';
import { common } from '../i18n/common';
import { deleteCase, duplicateCase, listCases, newCase, openCase, renameCase } from './caseActions';
import { useWorkspace } from './workspace';
import { LimitNote } from './LimitNote';
import { DialogHead } from './DialogHead';
import { LIMITS } from '../graph/schema';

const t = common.cases;

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function CasesDialog({ onClose }: { onClose(): void }) {
  const ws = useWorkspace();
  const openId = useAppStore((s) => s.doc.case.id);
  const dialog = useRef<HTMLDialogElement>(null);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => setCases(await listCases(ws)), [ws]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void refresh();
    // No close() on cleanup: its async "close" event would call onClose after StrictMode's
    // re-run and shut the dialog at once. Unmounting removes the dialog from the top layer anyway.
  }, [refresh]);

  /** Runs one action at a time, then refreshes the list (or closes, when a case was opened). */
  const act = async (work: () => Promise<unknown>, close = false) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
    if (close) onClose();
    else await refresh();
  };

  return (
    <dialog ref={dialog} className="cases-dialog" aria-labelledby="cases-title" onClose={onClose}>
      <DialogHead id="cases-title" title={t.title} closeLabel={t.close} onClose={onClose} />
      <p>{ws.db ? t.intro : t.unavailable}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void act(() => newCase(ws), true)}>
        {t.newCase}
      </button>
      {cases && cases.length === 0 && <p>{t.empty}</p>}
      <ul className="case-list" aria-label={t.list} aria-busy={busy}>
        {cases?.map((c) => (
          <CaseRow
            key={c.id}
            summary={c}
            isOpen={c.id === openId}
            busy={busy}
            canStore={ws.db !== null}
            onOpen={() => void act(() => openCase(ws, c.id), true)}
            onRename={(title) => void act(() => renameCase(ws, c.id, title))}
            onDuplicate={() => void act(() => duplicateCase(ws, c.id))}
            onDelete={() => void act(() => deleteCase(ws, c.id))}
          />
        ))}
      </ul>
    </dialog>
  );
}

interface CaseRowProps {
  summary: CaseSummary;
  isOpen: boolean;
  busy: boolean;
  canStore: boolean;
  onOpen(): void;
  onRename(title: string): void;
  onDuplicate(): void;
  onDelete(): void;
}

function CaseRow({ summary, isOpen, busy, canStore, onOpen, onRename, onDuplicate, onDelete }: CaseRowProps) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm-delete'>('idle');
  const [name, setName] = useState(summary.title);
  const nameId = `rename-${summary.id}`;

  return (
    <li className={isOpen ? 'case-row is-open' : 'case-row'}>
      <div className="case-info">
        <span className="case-name">{summary.title}</span>
        <span className="case-meta">
          {isOpen && <strong>{t.isOpen} · </strong>}
          {t.lastChanged(formatDate(summary.updatedAt))}
        </span>
      </div>
      {mode === 'rename' && (
        <form
          className="case-rename"
          onSubmit={(event) => {
            event.preventDefault();
            onRename(name);
            setMode('idle');
          }}
        >
          <label htmlFor={nameId}>{t.newName}</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} maxLength={LIMITS.nameLength} required autoFocus />
          <LimitNote length={name.length} max={LIMITS.nameLength} />
          <button type="submit" disabled={busy || !name.trim()}>
            {t.save}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t.cancel}
          </button>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <div className="case-confirm" role="group" aria-label={t.delete}>
          <p>{t.confirmDelete(summary.title)}</p>
          <button type="button" className="danger" disabled={busy} onClick={onDelete}>
            {t.confirmDeleteYes}
          </button>
          <button type="button" autoFocus onClick={() => setMode('idle')}>
            {t.cancel}
          </button>
        </div>
      )}
      {mode === 'idle' && (
        <div className="case-actions">
          <button type="button" disabled={busy || isOpen} onClick={onOpen}>
            {t.open}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setName(summary.title);
              setMode('rename');
            }}
          >
            {t.rename}
          </button>
          <button type="button" disabled={busy || !canStore} onClick={onDuplicate}>
            {t.duplicate}
          </button>
          <button type="button" disabled={busy || !canStore} onClick={() => setMode('confirm-delete')}>
            {t.delete}
          </button>
        </div>
      )}
    </li>
  );
}
