import { defineConfig } from 'vite';

/** Builds the bare MapLibre baseline page for `npm run bench`. */
export default defineConfig({
  root: 'bench/bare',
  base: './',
  assetsInclude: ['**/*.geojson'],
  build: { outDir: '../../.tmp/bench-bare', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
