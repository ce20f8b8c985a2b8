import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative base: the built folder can be served from any path of any static server.
  base: './',
  plugins: [react()],
  // geodata/*.geojson are fetched at run time as hashed same-origin assets.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
