import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a named export: the screen's code is fetched the first time it is shown, so
 * the first screen of the app carries only what it needs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- component props vary per screen
export function lazyNamed<Name extends string, Module extends Record<Name, ComponentType<any>>>(load: () => Promise<Module>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
