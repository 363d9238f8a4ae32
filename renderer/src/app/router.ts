import { useSyncExternalStore } from 'react';

/**
 * Routes live in the URL's hash, so the same build works from app://, from the hub over http and
 * from a file, and a reload lands on the same screen.
 */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; id: string; tab: WorkshopTab }
  | { name: 'notFound' };

export const workshopTabs = ['agenda', 'details', 'diagram'] as const;
export type WorkshopTab = (typeof workshopTabs)[number];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  const workshop = /^\/w\/([A-Za-z0-9_-]+)(?:\/([a-z]+))?$/.exec(path);
  if (workshop) {
    const tab = (workshop[2] ?? 'agenda') as WorkshopTab;
    if ((workshopTabs as readonly string[]).includes(tab)) return { name: 'workshop', id: workshop[1] as string, tab };
  }
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'workshop':
      return route.tab === 'agenda' ? `#/w/${route.id}` : `#/w/${route.id}/${route.tab}`;
    case 'notFound':
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
