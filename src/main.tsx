import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App';
import { preloadGeoData } from './app/useLoadedGeoData';
import { startKeeping } from './keep/start';
import { applyUrlToStore } from './state/historySync';

// Start fetching the map's layers before React renders; failures are shown by the app.
preloadGeoData().catch(() => undefined);
applyUrlToStore(window.location.search);
// Which tab keeps the work, and saving at once when the page is hidden or closed.
startKeeping();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
