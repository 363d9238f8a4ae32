/**
 * Where windows load the renderer from, kept free of the `electron` import so it can be tested.
 *
 * `electron-vite dev` sets ELECTRON_RENDERER_URL to its development server, and a window loaded
 * from there gets the app's trust: the preload's API and every IPC channel. A packaged app
 * ignores the variable, so that nobody who can set an environment variable for it (a shortcut,
 * a launcher, another program) can hand those rights to a page of their choosing.
 */
export function developmentServerUrl(environmentValue: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !environmentValue) return undefined;
  let url: URL;
  try {
    url = new URL(environmentValue);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? environmentValue : undefined;
}

/** The address of a renderer route such as `#/` in a window: the dev server while developing, else app://. */
export function rendererAddress(route: string, appOrigin: string, devServer: string | undefined): string {
  return `${devServer ?? `${appOrigin}/index.html`}${route}`;
}
