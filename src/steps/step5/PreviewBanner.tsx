/**
 * While "Bekijk als ..." is on, the pane says so at the top and offers a way out: the map then
 * hides other people's consent marks, and a family must never mistake that for the real map.
 */
import { t } from '../../i18n/steps';
import { useAppStore } from '../../state/react';
import { useDoc, useSetSession } from '../ui/hooks';
import { displayName } from '../../i18n/names';

export function PreviewBanner() {
  const doc = useDoc();
  const setSession = useSetSession();
  const viewerId = useAppStore((s) => s.session.viewAsPersonId);
  const viewer = viewerId ? doc.people.find((p) => p.id === viewerId) : undefined;
  if (!viewer) return null;
  const title = t.consent.previewBanner(displayName(viewer));
  return (
    <div className="st-preview-banner" role="region" aria-label={title}>
      <p className="st-preview-banner-title">{title}</p>
      <p className="st-preview-banner-note">{t.consent.previewNote}</p>
      <button type="button" onClick={() => setSession({ viewAsPersonId: null })}>
        {t.consent.previewStop}
      </button>
    </div>
  );
}
