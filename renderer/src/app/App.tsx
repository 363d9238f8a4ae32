import { Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../features/home/HomeScreen';
import { lazyNamed } from '../ui/lazyNamed';
import { ToastProvider } from '../ui/ToastProvider';
import { useRoute } from './router';

// Only the home screen is in the first download; every other screen comes when it is opened.
const WorkshopScreen = lazyNamed(() => import('../features/workshop/WorkshopScreen'), 'WorkshopScreen');
const LiveScreen = lazyNamed(() => import('../features/run/LiveScreen'), 'LiveScreen');
const JoinScreen = lazyNamed(() => import('../features/lan/JoinScreen'), 'JoinScreen');

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
      <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
      {route.name === 'workshop' ? (
        <WorkshopScreen key={route.id} id={route.id} tab={route.tab} />
      ) : route.name === 'run' || route.name === 'projector' || route.name === 'participate' ? (
        <LiveScreen key={`${route.name}/${route.id}`} id={route.id} screen={route.name} />
      ) : route.name === 'join' ? (
        <JoinScreen key={`${route.room}/${route.secret}`} room={route.room} secret={route.secret} hub={route.hub} />
      ) : (
        <HomeScreen />
      )}
      </Suspense>
    </ToastProvider>
  );
}
