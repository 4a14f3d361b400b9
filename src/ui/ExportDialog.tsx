/**
 * "Exporteren als PDF": the version (for the file, or for one network member), the map, paper,
 * tables and privacy options, and the list of what goes in, shown before anything is made,
 * because the family decides what is shared. Also the map alone as SVG or PNG.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { scopeForExport } from '../graph/queries';
import type { ViewName } from '../graph/schema';
import { DEFAULT_PDF_OPTIONS, type MapChoice, type PdfOptions } from '../export/options';
import { TABLE_KEYS, buildTables, type TableKey } from '../export/tables';
import { exportText } from '../i18n/export';
import { comparisonExportText } from '../i18n/exportComparison';
import { useAppStore } from '../state/react';
import { networkMembers } from '../steps/model/consentView';
import { PersonSelect } from '../steps/ui/PersonSelect';
import { DialogHead } from './DialogHead';
import { ExportComparisonFields, momentName } from './ExportComparisonFields';
import { ExportContents } from './ExportContents';
import { exportImage, exportPdf } from './exportActions';
import { Choice } from './Choice';

const t = exportText.dialog;
const MAPS: MapChoice[] = ['genogram', 'netwerkkaart', 'both', 'none'];

export function ExportDialog({ onClose }: { onClose(): void }) {
  const doc = useAppStore((s) => s.doc);
  const step = useAppStore((s) => s.session.step);
  const screenView = useAppStore((s) => s.session.view);
  const dialog = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<PdfOptions>(DEFAULT_PDF_OPTIONS);
  const [forMember, setForMember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const members = networkMembers(doc);
  const scope = options.scope;
  const scoped = useMemo(() => scopeForExport(doc, scope), [doc, scope]);
  const tables = useMemo(() => (scoped ? buildTables(scoped.doc, options.tables, scoped.recipient !== null) : []), [scoped, options.tables]);
  const ready = scoped !== null && (!forMember || scope.recipientId !== undefined);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const set = (patch: Partial<PdfOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const setScope = (patch: PdfOptions['scope']) => setOptions((o) => ({ ...o, scope: { ...o.scope, ...patch } }));
  const toggleTable = (key: TableKey, on: boolean) =>
    set({ tables: TABLE_KEYS.filter((k) => (k === key ? on : options.tables.includes(k))) });

  /** One export at a time; a message after half a second says it is still working. */
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    const timer = setTimeout(() => setSlow(true), 500);
    try {
      setMessage({ error: false, text: t.made(await work()) });
    } catch (cause) {
      console.error(cause);
      setMessage({ error: true, text: t.failed(cause instanceof Error ? cause.message : String(cause)) });
    } finally {
      clearTimeout(timer);
      setSlow(false);
      setProgress(null);
      setBusy(false);
    }
  };
  const imageView: ViewName = options.map === 'genogram' || options.map === 'netwerkkaart' ? options.map : screenView;

  return (
    <dialog ref={dialog} className="cases-dialog export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <DialogHead id="export-title" title={t.title} closeLabel={t.close} onClose={onClose} />
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void run(() => exportPdf({ doc, options, step, now: new Date(), onProgress: (done, total) => setProgress([done, total]) }));
        }}
      >
        <div className="export-options">
          <fieldset>
            <legend>{t.version}</legend>
            <Choice name="version" label={t.forFile} checked={!forMember} onChange={() => { setForMember(false); setScope({ recipientId: undefined }); }} />
            <Choice name="version" label={t.forMember} checked={forMember} onChange={() => setForMember(true)} />
            {forMember && (
              <PersonSelect
                id="export-recipient"
                label={t.recipient}
                hint={t.recipientHint}
                noneLabel={t.chooseRecipient}
                people={members}
                value={scope.recipientId ?? ''}
                onChange={(id) => setScope({ recipientId: id || undefined })}
              />
            )}
          </fieldset>
          <fieldset>
            <legend>{t.view}</legend>
            {MAPS.map((m) => (
              <Choice key={m} name="map" label={t.views[m]} checked={options.map === m} onChange={() => set({ map: m })} />
            ))}
            {(options.map === 'genogram' || options.map === 'both' || imageView === 'genogram') && (
              <Choice type="checkbox" label={t.genogramTies} checked={options.genogramTies} onChange={(on) => set({ genogramTies: on })} />
            )}
          </fieldset>
          <ExportComparisonFields doc={doc} value={options.comparison} forMember={forMember} onChange={(comparison) => set({ comparison })} />
          <fieldset>
            <legend>{t.paper}</legend>
            <Choice name="paper" label="A4" checked={options.paper === 'a4'} onChange={() => set({ paper: 'a4' })} />
            <Choice name="paper" label="A3" checked={options.paper === 'a3'} onChange={() => set({ paper: 'a3' })} />
          </fieldset>
          <fieldset>
            <legend>{t.orientation}</legend>
            <Choice name="orientation" label={t.landscape} checked={options.orientation === 'landscape'} onChange={() => set({ orientation: 'landscape' })} />
            <Choice name="orientation" label={t.portrait} checked={options.orientation === 'portrait'} onChange={() => set({ orientation: 'portrait' })} />
          </fieldset>
          <fieldset>
            <legend>{t.tables}</legend>
            {TABLE_KEYS.map((key) => (
              <Choice key={key} type="checkbox" label={exportText.tables[key]} checked={options.tables.includes(key)} onChange={(on) => toggleTable(key, on)} />
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.privacy}</legend>
            <Choice type="checkbox" label={t.initials} checked={scope.initials === true} onChange={(on) => setScope({ initials: on })} />
            <Choice type="checkbox" label={t.withoutNotes} checked={scope.withoutNotes === true} onChange={(on) => setScope({ withoutNotes: on })} />
          </fieldset>
        </div>
        <div className="export-side">
          {scoped && (
            <ExportContents
              scoped={scoped}
              map={options.map}
              tables={tables}
              withoutNotes={scope.withoutNotes === true}
              initials={scope.initials === true}
              comparison={options.comparison && comparisonExportText.contents(momentName(doc, options.comparison.from, forMember), momentName(doc, options.comparison.to, forMember))}
            />
          )}
          <div className="export-actions">
            <button type="submit" className="primary" disabled={busy || !ready}>
              {t.make}
            </button>
            <span role="status">{busy && slow ? t.making(progress) : ''}</span>
          </div>
          {message && <p role={message.error ? 'alert' : undefined} className={message.error ? 'export-error' : 'export-done'}>{message.text}</p>}
          <fieldset>
            <legend>{t.images}</legend>
            <p className="export-hint">
              {t.imageView}: {t.views[imageView]}
            </p>
            <button type="button" disabled={busy || !scoped} onClick={() => scoped && void run(() => exportImage(scoped.doc, imageView, 'svg', options.genogramTies))}>
              {t.svg}
            </button>{' '}
            <button type="button" disabled={busy || !scoped} onClick={() => scoped && void run(() => exportImage(scoped.doc, imageView, 'png', options.genogramTies))}>
              {t.png}
            </button>
          </fieldset>
        </div>
      </form>
    </dialog>
  );
}
