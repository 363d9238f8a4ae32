import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, rendererContentSecurityPolicy } from '../../../electron/main/responseHeaders';

function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  return tag?.[1];
}

describe('what app:// responses carry', () => {
  it('the same content security policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    expect(metaPolicy(html)).toBe(rendererContentSecurityPolicy);
  });

  it('the policy and nosniff on every response, files and refusals alike', () => {
    for (const path of ['/opt/baraza/renderer/index.html', '/opt/baraza/renderer/assets/index.js', '/opt/baraza/renderer/blob.bin', undefined]) {
      const headers = appResponseHeaders(path);
      expect(headers['content-security-policy']).toBe(rendererContentSecurityPolicy);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('the type of the file, or one a browser never runs', () => {
    expect(appResponseHeaders('/r/index.html')['content-type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders('/r/assets/index.js')['content-type']).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('/r/unknown.bin')['content-type']).toBe('application/octet-stream');
  });
});
