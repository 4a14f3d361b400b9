/**
 * The page's Content-Security-Policy, one source for the meta tag in the built page and the
 * header sent by the dev server (`npm start`) and by `vite preview`.
 *
 * Why both: a meta tag travels with the built files to any static host, but it cannot carry
 * `frame-ancestors` (browsers ignore it there), so only a header keeps the app out of other
 * sites' frames (clickjacking). The dev server sends the same policy so that what it would
 * break shows up while developing, not first in the build.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** What the page may load: only its own origin. Inline styles: React's style attributes and React Flow's. */
const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  // ELK's worker and the parse worker are same-origin files; blob: for libraries that make one.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self' data: blob:"],
];

/** The policy of the meta tag. */
export const metaPolicy = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The header adds what a meta tag cannot say. `extraScripts`: dev-only script sources. */
export function headerPolicy(extraScripts: readonly string[] = []): string {
  return [
    ...directives.map(([name, value]) => `${name} ${name === 'script-src' ? [value, ...extraScripts].join(' ') : value}`),
    "frame-ancestors 'none'",
  ].join('; ');
}

export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

/**
 * `devScripts`: the inline scripts the dev server adds to the page (React refresh's preamble),
 * allowed by their hash only — the one difference from the built page's policy. Vite's HMR
 * websocket needs nothing extra: `connect-src 'self'` covers ws: on the same host and port.
 */
export function contentSecurityPolicy(devScripts: readonly string[]): Plugin {
  const devHashes = devScripts.map(scriptHash);
  const header = (extra: readonly string[]) => {
    const value = headerPolicy(extra);
    return (_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
      res.setHeader('Content-Security-Policy', value);
      next();
    };
  };
  return {
    name: 'netwerkkaart-csp',
    configureServer(server) {
      server.middlewares.use(header(devHashes));
    },
    configurePreviewServer(server) {
      server.middlewares.use(header([]));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) {
          // A dev script that is not allowed would only show as a blank page; say why.
          const unlisted = inlineScripts(html).filter((code) => !devHashes.includes(scriptHash(code)));
          if (unlisted.length > 0) context.server.config.logger.error(`CSP: inline dev script not allowed by hash: ${unlisted[0]!.slice(0, 80)}`);
          return html;
        }
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' }];
      },
    },
  };
}
