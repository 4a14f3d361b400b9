/**
 * drawMap's drawing cut into pieces, so the PDF's map converter can pause between them (a
 * 250-person map in one go was a long block when the PDF was made on the main thread): the
 * background and lines first, then the people in slices, each drawn over the previous ones in the
 * same view box, so the result looks the same as the whole.
 */
import type { SvgNode } from './svg';

export function slicePeople(map: SvgNode, perSlice = 40): SvgNode[] {
  const layers = map.children ?? [];
  const isPeople = (c: SvgNode | string): c is SvgNode => typeof c !== 'string' && c.attrs?.class === 'people';
  const people = layers.find(isPeople);
  if (!people || (people.children?.length ?? 0) <= perSlice) return [map];
  const rest: SvgNode = { ...map, children: layers.filter((c) => !isPeople(c)) };
  const slices: SvgNode[] = [rest];
  const all = people.children ?? [];
  for (let i = 0; i < all.length; i += perSlice) slices.push({ ...people, children: all.slice(i, i + perSlice) });
  return slices;
}

/**
 * The map without its people's names: for the overview of a tiled map, where names would be too
 * small to read anyway and are printed, readable, on the tiles.
 */
export function withoutNames(node: SvgNode): SvgNode {
  if (!node.children) return node;
  const children: Array<SvgNode | string> = [];
  for (const c of node.children) {
    if (typeof c !== 'string' && c.attrs?.class === 'person-label') continue;
    children.push(typeof c === 'string' ? c : withoutNames(c));
  }
  return { ...node, children };
}
