import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { deviceId } from './app/identity';
import { initI18n } from './i18n';
import './app/styles.css';

// Pin this page's identity at start-up, before another tab of the same browser could change it.
deviceId();
await initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
