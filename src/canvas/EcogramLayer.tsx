/** The netwerkkaart's rings and sectors, behind the people, moving with the viewport. */
import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { ecogramBackground } from '../draw/ecogramBackground';
import type { EcogramGeometry, RingPlace } from '../layout/netwerkkaart';
import { SvgTree } from './SvgTree';

function EcogramLayerView({ geometry, highlight }: { geometry: EcogramGeometry; highlight?: RingPlace | null }) {
  const sector = highlight?.sector;
  const closeness = highlight?.closeness;
  const drawing = useMemo(
    () => ecogramBackground(geometry, { highlight: sector && closeness ? { sector, closeness } : null }),
    [geometry, sector, closeness],
  );
  return (
    <ViewportPortal>
      <svg className="nk-layer nk-layer--ecogram" width="1" height="1" aria-hidden="true" focusable="false">
        <SvgTree node={drawing} />
      </svg>
    </ViewportPortal>
  );
}

export const EcogramLayer = memo(EcogramLayerView);
