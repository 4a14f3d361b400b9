/**
 * A map drawing (drawMap or drawDiffMap) as an SVG that fits its column. A named group, not one
 * image: the people and ties that changed carry their own accessible names ("Trainer Kees: nieuw").
 */
import type { MapDrawing } from '../../draw/map';
import { formatValue } from '../../draw/render';
import { SvgTree } from '../../canvas/SvgTree';

export function MomentSvg({ drawing, label }: { drawing: MapDrawing; label: string }) {
  const { x, y, width, height } = drawing.box;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="snap-map"
      role="group"
      aria-label={label}
      viewBox={[x, y, width, height].map(formatValue).join(' ')}
      fontFamily="DejaVu Sans, Arial, sans-serif"
    >
      <rect x={x} y={y} width={width} height={height} fill="#ffffff" />
      <SvgTree node={drawing.node} />
    </svg>
  );
}
