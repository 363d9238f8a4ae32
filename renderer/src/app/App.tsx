import type React from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../features/home/HomeScreen';
import { JoinScreen } from '../features/lan/JoinScreen';
import { LiveScreen } from '../features/run/LiveScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { ToastProvider } from '../ui/ToastProvider';
import { useRoute } from './router';

/** The skip link moves focus without touching the hash, which holds the route. */
function skipToMain(event: React.MouseEvent) {
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
      {route.name === 'workshop' ? (
        <WorkshopScreen key={route.id} id={route.id} tab={route.tab} />
      ) : route.name === 'run' || route.name === 'projector' || route.name === 'participate' ? (
        <LiveScreen key={`${route.name}/${route.id}`} id={route.id} screen={route.name} />
      ) : route.name === 'join' ? (
        <JoinScreen key={`${route.room}/${route.secret}`} room={route.room} secret={route.secret} hub={route.hub} />
      ) : (
        <HomeScreen />
      )}
    </ToastProvider>
  );
}
