/** A drawing that pans and zooms with the map: an SvgNode in React Flow's viewport layer. */
import { ViewportPortal } from '@xyflow/react';
import type { SvgNode } from '../draw/svg';
import { SvgTree } from './SvgTree';

export function ViewportSvg({ className, node }: { className: string; node: SvgNode }) {
  return (
    <ViewportPortal>
      {/* 1x1 with visible overflow: the drawing uses flow coordinates and must not catch clicks. */}
      <svg className={`nk-layer ${className}`} width="1" height="1" aria-hidden="true" focusable="false">
        <SvgTree node={node} />
      </svg>
    </ViewportPortal>
  );
}
