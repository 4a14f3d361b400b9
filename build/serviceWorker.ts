/**
 * Writes `sw.js` into the build: build/sw-template.js with this build's file list and a
 * version made from their names and the page (hashed file names change with their content).
 * Hand-written instead of vite-plugin-pwa/Workbox: the app needs precache, one cache per
 * version and an update on consent — some forty lines — and no new dependency.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const TEMPLATE = new URL('./sw-template.js', import.meta.url);

/** Every file under `dir`, as site paths. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [`/${relative(root, path).split('\\').join('/')}`];
  });
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'netwerkkaart-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const built = Object.keys(bundle).filter((name) => name !== 'index.html' && !name.endsWith('.map') && !name.startsWith('.vite/'));
        const files = ['/', ...built.map((name) => `/${name}`), ...(publicDir ? filesUnder(publicDir) : [])].sort();
        const page = bundle['index.html'];
        const hash = createHash('sha256').update(files.join('\n'));
        if (page && page.type === 'asset') hash.update(page.source);
        const version = hash.digest('hex').slice(0, 12);
        const source = readFileSync(TEMPLATE, 'utf8')
          .replace('__VERSION__', JSON.stringify(version))
          .replace('__FILES__', JSON.stringify(files));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}
