import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy, scriptHash } from '../../../build/csp';

describe('content security policy', () => {
  it('the header is the meta tag policy plus frame-ancestors, and dev adds only script hashes', () => {
    expect(headerPolicy()).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    const dev = headerPolicy([scriptHash('console.log(1)')]);
    const differing = dev.split('; ').filter((part) => !headerPolicy().split('; ').includes(part));
    expect(differing).toEqual([`script-src 'self' ${scriptHash('console.log(1)')}`]);
    // Scripts only from the page's own origin: no inline script, no eval, no wildcard.
    expect(metaPolicy.split('; ')).toContain("script-src 'self'");
    expect(metaPolicy).not.toMatch(/unsafe-eval|\*/);
  });

  it('hashes a script as the browser does (sha256, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
