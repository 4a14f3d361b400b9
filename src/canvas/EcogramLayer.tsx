/** The netwerkkaart's rings and sectors, behind the people, moving with the viewport. */
import { memo, useMemo } from 'react';
import { ecogramBackground } from '../draw/ecogramBackground';
import type { EcogramGeometry, RingPlace } from '../layout/netwerkkaart';
import { ViewportSvg } from './ViewportSvg';

function EcogramLayerView({ geometry, highlight }: { geometry: EcogramGeometry; highlight?: RingPlace | null }) {
  const sector = highlight?.sector;
  const closeness = highlight?.closeness;
  const drawing = useMemo(
    () => ecogramBackground(geometry, { highlight: sector && closeness ? { sector, closeness } : null }),
    [geometry, sector, closeness],
  );
  return <ViewportSvg className="nk-layer--ecogram" node={drawing} />;
}

export const EcogramLayer = memo(EcogramLayerView);
