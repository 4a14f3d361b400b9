import type { SvgNode } from '../../../src/draw/svg';

/** Every node in a tree, depth first. */
export function allNodes(node: SvgNode): SvgNode[] {
  const out: SvgNode[] = [node];
  for (const c of node.children ?? []) if (typeof c !== 'string') out.push(...allNodes(c));
  return out;
}

export function parts(node: SvgNode, part: string): SvgNode[] {
  return allNodes(node).filter((n) => n.attrs?.['data-part'] === part);
}

export function texts(node: SvgNode): string[] {
  const out: string[] = [];
  const walk = (n: SvgNode) => {
    for (const c of n.children ?? []) typeof c === 'string' ? out.push(c) : walk(c);
  };
  walk(node);
  return out;
}
