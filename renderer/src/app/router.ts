import { useSyncExternalStore } from 'react';

/**
 * Routes live in the URL's hash, so the same build works from app://, from the hub over http and
 * from a file, and a reload lands on the same screen.
 */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; id: string; tab: WorkshopTab }
  | { name: LiveScreen; id: string }
  | { name: 'join'; room: string; secret: string; hub?: string }
  | { name: 'programme'; id: string }
  | { name: 'notFound' };

/** Tabs of the workshop's planning screen. */
// `hackathon` is listed only for the hackathon formats (see WorkshopScreen).
export const workshopTabs = ['agenda', 'details', 'diagram', 'attendance', 'hackathon', 'outcome'] as const;
export type WorkshopTab = (typeof workshopTabs)[number];

/** Full-screen views used while the session runs: the facilitator's controls, the projector,
 *  and what a participant sees. */
export const liveScreens = ['run', 'projector', 'participate'] as const;
export type LiveScreen = (typeof liveScreens)[number];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  // A participant's join link: #/join/<room>/<secret>, and ?hub=<host:port> when the app was not
  // loaded from the hub itself (a short code typed into the desktop app).
  const join = /^\/join\/([A-Za-z0-9_-]{1,128})\/([A-Za-z0-9_-]{0,128})(?:\?hub=([A-Za-z0-9.:[\]%_-]{1,300}))?$/.exec(path);
  if (join) {
    const hub = join[3] ? decodeURIComponent(join[3]) : undefined;
    return { name: 'join', room: join[1] as string, secret: join[2] as string, ...(hub ? { hub } : {}) };
  }
  const programme = /^\/p\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (programme) return { name: 'programme', id: programme[1] as string };
  const workshop = /^\/w\/([A-Za-z0-9_-]+)(?:\/([a-z]+))?$/.exec(path);
  if (workshop) {
    const id = workshop[1] as string;
    const view = workshop[2] ?? 'agenda';
    if ((workshopTabs as readonly string[]).includes(view)) return { name: 'workshop', id, tab: view as WorkshopTab };
    if ((liveScreens as readonly string[]).includes(view)) return { name: view as LiveScreen, id };
  }
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'workshop':
      return route.tab === 'agenda' ? `#/w/${route.id}` : `#/w/${route.id}/${route.tab}`;
    case 'run':
    case 'projector':
    case 'participate':
      return `#/w/${route.id}/${route.name}`;
    case 'join':
      return `#/join/${route.room}/${route.secret}${route.hub ? `?hub=${encodeURIComponent(route.hub)}` : ''}`;
    case 'programme':
      return `#/p/${route.id}`;
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
