import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { App } from './app/App';
import { loadMapView } from './app/LazyMapView';
import { preloadGeoData } from './app/useLoadedGeoData';
import { applyUrlToStore } from './state/historySync';

// Start fetching the map's layers and code before React renders; failures are shown by the app.
preloadGeoData().catch(() => undefined);
loadMapView().catch(() => undefined);
applyUrlToStore(window.location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
