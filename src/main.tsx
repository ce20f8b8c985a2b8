import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { App } from './app/App';
import { preloadGeoData } from './app/useLoadedGeoData';

// Failures are shown by the app once it renders (useLoadedGeoData).
preloadGeoData().catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
