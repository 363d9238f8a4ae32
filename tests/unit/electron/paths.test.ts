import { describe, expect, it } from 'vitest';
import { isTrustedUrl, resolveInside } from '../../../electron/main/paths';

describe('serving the app over app://', () => {
  const root = '/opt/baraza/renderer';

  it('serves files inside the renderer folder, and index.html for the root', () => {
    expect(resolveInside(root, '/')).toBe('/opt/baraza/renderer/index.html');
    expect(resolveInside(root, '/assets/index-abc.js')).toBe('/opt/baraza/renderer/assets/index-abc.js');
  });

  it('refuses any path that climbs out of the folder, encoded or not', () => {
    for (const path of ['/../secret', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc', '/a%00b', '/%E0%A4%A']) {
      expect(resolveInside(root, path)).toBeUndefined();
    }
  });
});

describe('which pages may use the app API', () => {
  it('trusts the app itself and the dev server, nothing else', () => {
    expect(isTrustedUrl('app://baraza/index.html#/', 'app://baraza', undefined)).toBe(true);
    expect(isTrustedUrl('app://baraza.evil/index.html', 'app://baraza', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/#/', 'app://baraza', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173.evil.example/', 'app://baraza', 'http://localhost:5173')).toBe(false);
    expect(isTrustedUrl('https://example.org/', 'app://baraza', undefined)).toBe(false);
    expect(isTrustedUrl('not a url', 'app://baraza', undefined)).toBe(false);
  });
});
