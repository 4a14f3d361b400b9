/**
 * Names the build in the page: `<meta name="netwerkkaart-build">`, the package version or
 * NETWERKKAART_BUILD_ID when set. It tells which version a page runs (support, and the update
 * test that builds the app twice), and, being part of the page, it changes the service
 * worker's version with it, so two builds of the same code are still two versions.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function buildIdentity(id: string | undefined = process.env.NETWERKKAART_BUILD_ID): Plugin {
  const name = id || (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return {
    name: 'netwerkkaart-build-identity',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'netwerkkaart-build', content: name }, injectTo: 'head' }],
  };
}
