/**
 * The netwerkkaart's rings and sectors, behind the people, moving with the viewport. The sector
 * names step aside for people near the rim (sectorLabelAngles), as mapBounds and the PDF do.
 */
import { memo, useMemo } from 'react';
import { ecogramBackground, sectorLabelAngles } from '../draw/ecogramBackground';
import type { EcogramGeometry, RingPlace } from '../layout/netwerkkaart';
import type { Positions } from '../layout/types';
import { ViewportSvg } from './ViewportSvg';

function EcogramLayerView({ geometry, people, highlight }: { geometry: EcogramGeometry; people: Positions; highlight?: RingPlace | null }) {
  const sector = highlight?.sector;
  const closeness = highlight?.closeness;
  const labelAngles = useMemo(() => sectorLabelAngles(geometry, people.values()), [geometry, people]);
  const drawing = useMemo(
    () => ecogramBackground(geometry, { highlight: sector && closeness ? { sector, closeness } : null, labelAngles }),
    [geometry, sector, closeness, labelAngles],
  );
  return <ViewportSvg className="nk-layer--ecogram" node={drawing} />;
}

export const EcogramLayer = memo(EcogramLayerView);
