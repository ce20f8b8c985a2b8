import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { previewCompression } from './scripts/build/previewCompression.ts';
import { epsgTablePlugin } from './scripts/build/epsgTable.ts';

/**
 * The built app's Content-Security-Policy: its own origin (plus the opt-in basemap tile hosts), no inline scripts and
 * no inline styles. Styles set through the CSSOM (React's style prop, MapLibre's el.style.x = …) are allowed under
 * style-src 'self'; `<style>` elements and style="…" in HTML are not (tests/e2e/csp-views.e2e.test.ts).
 * Only for the build: the dev server injects an inline script for hot reloading.
 */
/** Hosts of the optional online basemaps; nothing is fetched from them until the user opts in. */
const tileHosts = 'https://tile.openstreetmap.org https://*.tianditu.gov.cn https://*.is.autonavi.com';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${tileHosts}`,
  "font-src 'self' data:",
  `connect-src 'self' ${tileHosts}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Modern browsers all read WOFF2: drop the font's WOFF fallbacks, halving its CSS and files. */
function woff2Only(): Plugin {
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/noto-sans(-sc)?\//.test(id) || !id.endsWith('.css')) return null;
      return code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '');
    },
  };
}

/**
 * `--mode e2e` is the test build (`npm run build:e2e`): the same app plus the end-to-end tests'
 * map hook (src/map/testHook.ts), in its own folder so it never ships by mistake.
 */
export const E2E_MODE = 'e2e';

export default defineConfig(({ mode }) => ({
  // Relative base: the built folder can be served from any path of any static server.
  base: './',
  plugins: [
    react(),
    cspMetaTag(),
    previewCompression(),
    woff2Only(),
    epsgTablePlugin(),
    VitePWA({
      // A new version waits for the user's Reload (src/update/serviceWorker.ts): taking over an
      // open page would leave it asking for chunks the new version no longer has.
      registerType: 'prompt',
      // Registered by the app itself once the map is first idle (src/update/serviceWorker.ts).
      injectRegister: false,
      manifest: {
        name: '永川区现代制造业基地空间布局 · Yongchuan Manufacturing Layout',
        short_name: '永川制造布局',
        description: '永川区现代制造业基地“一城一核两翼，一区多点”空间布局交互地图',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf6',
        theme_color: '#1f3a5f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,geojson,json,txt}'],
        // The full-detail town polygons (~210 KB gzip) are fetched only when the workbench checks
        // run: not precached at install, cached on use instead (runtimeCaching below). The
        // deployment's own config is edited on the server after the build: always read it fresh.
        globIgnores: ['**/township-areas-detail-*.geojson', 'deployment.json'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        // The CJK web font is split into ~100 files of which a visitor needs a few: cache those on use.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /township-areas-detail-[^/]*\.geojson$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'geodata-detail', expiration: { maxEntries: 4 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.endsWith('.woff2') || url.pathname.endsWith('.woff'),
            handler: 'CacheFirst',
            options: { cacheName: 'fonts', expiration: { maxEntries: 200 } },
          },
        ],
      },
    }),
  ],
  // geodata/*.geojson are fetched at run time as hashed same-origin assets.
  assetsInclude: ['**/*.geojson'],
  build: {
    outDir: mode === E2E_MODE ? 'dist-e2e' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Separate long-lived vendor chunks: they cache across releases, and the benchmark
        // can tell MapLibre, React and the app's own code apart.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // The import worker loads the EPSG table (scripts/build/epsgTable.ts) as a chunk of its own.
  worker: { format: 'es', plugins: () => [epsgTablePlugin()] },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
