import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../ui/lazyComponent';
import { ScreenErrorBoundary } from '../ui/ScreenErrorBoundary';
import { ToastProvider } from '../ui/ToastProvider';
import { useRoute, type Route } from './router';

// Every screen comes when it is opened, the home screen too: a participant's phone opening a
// join link never needs the facilitator's list of workshops, its import and its export.
const asPage = { className: 'page muted' };
const HomeScreen = lazyComponent(() => import('../features/home/HomeScreen'), 'HomeScreen', asPage);
const WorkshopScreen = lazyComponent(() => import('../features/workshop/WorkshopScreen'), 'WorkshopScreen', asPage);
const LiveScreen = lazyComponent(() => import('../features/run/LiveScreen'), 'LiveScreen', asPage);
const JoinScreen = lazyComponent(() => import('../features/lan/JoinScreen'), 'JoinScreen', asPage);
const ProgrammeScreen = lazyComponent(() => import('../features/programme/ProgrammeScreen'), 'ProgrammeScreen', asPage);

/** Starts fetching the code of the screen a deep link (or a reload) lands on, while the rest of
 *  start-up goes on. */
export function preloadScreen(route: Route): void {
  const screen = route.name === 'workshop' ? WorkshopScreen : route.name === 'run' || route.name === 'projector' || route.name === 'participate' ? LiveScreen : route.name === 'join' ? JoinScreen : route.name === 'programme' ? ProgrammeScreen : HomeScreen;
  screen.preload().catch(() => undefined);
  if (route.name === 'run' || route.name === 'projector') void import('../features/run/LiveScreen').then((live) => live.preloadLiveScreen(route.name as 'run' | 'projector'), () => undefined);
}

/** The skip link moves focus without touching the hash, which holds the route. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <ToastProvider>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <ScreenErrorBoundary resetKey={JSON.stringify(route)}>
        {route.name === 'workshop' ? (
          <WorkshopScreen key={route.id} id={route.id} tab={route.tab} />
        ) : route.name === 'run' || route.name === 'projector' || route.name === 'participate' ? (
          <LiveScreen key={`${route.name}/${route.id}`} id={route.id} screen={route.name} />
        ) : route.name === 'programme' ? (
          <ProgrammeScreen key={route.id} id={route.id} />
        ) : route.name === 'join' ? (
          <JoinScreen key={`${route.room}/${route.secret}`} room={route.room} secret={route.secret} hub={route.hub} />
        ) : (
          <HomeScreen />
        )}
      </ScreenErrorBoundary>
    </ToastProvider>
  );
}
