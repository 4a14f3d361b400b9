/** "Momentopnamen": opens the snapshots dialog; sits at the end of the map's tab row (main.tsx). */
import { lazy, Suspense, useRef, useState } from 'react';
import { renderErrors } from '../../i18n/errors';
import { snapshotText } from '../../i18n/snapshots';
import { RenderBoundary } from '../RenderBoundary';

// Loaded on first use, like the PDF dialog: the app's start does not pay for it.
const SnapshotsDialog = lazy(() => import('./SnapshotsDialog').then((m) => ({ default: m.SnapshotsDialog })));

export function SnapshotsButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      {/* For the professional: "Samen kijken" leaves it out (a dialog of forms, not the family's question). */}
      <button ref={button} type="button" data-for="professional" title={snapshotText.openHint} onClick={() => setOpen(true)}>
        {snapshotText.open}
      </button>
      {open && (
        <RenderBoundary message={renderErrors.dialog}>
          <Suspense fallback={null}>
            <SnapshotsDialog
              onClose={() => {
                setOpen(false);
                // The dialog is unmounted rather than closed, so focus is given back by hand.
                button.current?.focus();
              }}
            />
          </Suspense>
        </RenderBoundary>
      )}
    </>
  );
}
