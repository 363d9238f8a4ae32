import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { deviceId } from './app/identity';
import { parseRoute } from './app/router';
import { registerOfflineShell } from './features/offline/registerOfflineShell';
import { initI18n } from './i18n';
import './app/styles.css';

// Pin this page's identity at start-up, before another tab of the same browser could change it.
deviceId();
// The screen's code downloads while the strings load; a failure shows on the screen itself.
preloadScreen(parseRoute(window.location.hash));
await initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// After the first screen is up, so copying the app for offline use never delays it.
void registerOfflineShell();
