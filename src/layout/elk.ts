/**
 * The app's ELK, running in a Web Worker so a big layout never freezes the page.
 * `import 'elkjs'` does not build under Vite (it requires a Node worker shim), so we load the
 * browser API and hand it the worker script's URL.
 */
import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLike } from './genogramElk';

let instance: ElkLike | null = null;

export function getElk(): ElkLike {
  if (!instance) instance = new ELK({ workerUrl });
  return instance;
}

/**
 * ELK's first layout is slow (the worker loads and the JIT warms up: ~200 ms for a small
 * family); run a tiny one at start-up so the user's first layout is fast.
 */
export async function warmUpElk(): Promise<void> {
  await getElk().layout({
    id: 'warm-up',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
    children: [
      { id: 'a', width: 40, height: 40 },
      { id: 'b', width: 40, height: 40 },
    ],
    edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
  });
}
