import { defineConfig } from 'vite';
import { previewCompression } from '../scripts/build/previewCompression.ts';

/** Builds the bare MapLibre baseline page for `npm run bench`. */
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [previewCompression()],
  assetsInclude: ['**/*.geojson'],
  build: { outDir: '../../.tmp/bench-bare', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
