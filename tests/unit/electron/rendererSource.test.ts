import { describe, expect, it } from 'vitest';
import { mayNavigate } from '../../../electron/main/navigation';
import { isTrustedUrl } from '../../../electron/main/paths';
import { developmentServerUrl, rendererAddress } from '../../../electron/main/rendererSource';

describe('the development renderer URL', () => {
  it('is honoured while developing, unpackaged', () => {
    expect(developmentServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173');
  });

  it('is ignored by a packaged app, so the environment cannot point trusted windows at another page', () => {
    expect(developmentServerUrl('http://localhost:5173', true)).toBeUndefined();
    expect(developmentServerUrl('https://evil.example/', true)).toBeUndefined();
  });

  it('is ignored when it is not an http(s) address', () => {
    for (const value of ['', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi']) {
      expect(developmentServerUrl(value, false)).toBeUndefined();
    }
    expect(developmentServerUrl(undefined, false)).toBeUndefined();
  });

  it('decides where windows load from and which pages are trusted', () => {
    const packaged = developmentServerUrl('http://localhost:5173', true);
    expect(rendererAddress('#/', 'app://baraza', packaged)).toBe('app://baraza/index.html#/');
    expect(isTrustedUrl('http://localhost:5173/#/', 'app://baraza', packaged)).toBe(false);
    const developing = developmentServerUrl('http://localhost:5173', false);
    expect(rendererAddress('#/w/abc123/projector', 'app://baraza', developing)).toBe('http://localhost:5173#/w/abc123/projector');
    expect(isTrustedUrl('http://localhost:5173/#/', 'app://baraza', developing)).toBe(true);
  });
});

describe('where a window may navigate', () => {
  const trusted = (url: string): boolean => isTrustedUrl(url, 'app://baraza', undefined);

  it('keeps every frame on the app', () => {
    expect(mayNavigate('app://baraza/index.html#/', true, trusted)).toBe(true);
    expect(mayNavigate('https://example.org/', true, trusted)).toBe(false);
    expect(mayNavigate('https://example.org/', false, trusted)).toBe(false);
    expect(mayNavigate('file:///etc/passwd', false, trusted)).toBe(false);
  });

  it('lets a subframe hold an empty or inline document, never the page itself', () => {
    expect(mayNavigate('about:srcdoc', false, trusted)).toBe(true);
    expect(mayNavigate('about:blank', false, trusted)).toBe(true);
    expect(mayNavigate('about:blank', true, trusted)).toBe(false);
    expect(mayNavigate('about:srcdoc', true, trusted)).toBe(false);
  });
});
