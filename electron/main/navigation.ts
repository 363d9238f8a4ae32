/**
 * Which navigations a window may make, kept free of the `electron` import so it can be tested.
 * The main frame stays on the app. A subframe may also become an empty or inline document
 * (about:blank, about:srcdoc): those inherit the page's origin and CSP, so they can reach
 * nothing the page itself cannot.
 */
export function mayNavigate(url: string, isMainFrame: boolean, isTrusted: (url: string) => boolean): boolean {
  if (isTrusted(url)) return true;
  return !isMainFrame && (url === 'about:blank' || url === 'about:srcdoc');
}
