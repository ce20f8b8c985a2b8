import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

type Encoding = 'br' | 'gzip';

/** Which encoding to answer with for an Accept-Encoding header, brotli first. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name?.trim().toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

/**
 * `vite preview` serves files as they are; every real static host compresses text. So that
 * Lighthouse and the benchmarks see what visitors get, the preview server compresses the
 * built text files (brotli or gzip, cached in memory). Everything else falls through to Vite.
 */
export function previewCompression(): Plugin {
  let outDir = 'dist';
  const cache = new Map<string, { mtimeMs: number; body: Buffer }>();
  return {
    name: 'preview-compression',
    apply: 'serve',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const encoding = chooseEncoding(req.headers['accept-encoding']);
        if (!encoding || (req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        let path = decodeURIComponent(new URL(req.url, 'http://preview').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(outDir, path));
        const type = TEXT_TYPES[extname(file)];
        if (!type || !file.startsWith(outDir + sep)) return next();
        stat(file)
          .then(async (info) => {
            if (!info.isFile()) return next();
            const key = `${encoding}:${file}`;
            let entry = cache.get(key);
            if (entry?.mtimeMs !== info.mtimeMs) {
              const raw = await readFile(file);
              const body =
                encoding === 'br'
                  ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
                  : gzipSync(raw, { level: 9 });
              entry = { mtimeMs: info.mtimeMs, body };
              cache.set(key, entry);
            }
            res.setHeader('Content-Type', type);
            res.setHeader('Content-Encoding', encoding);
            res.setHeader('Content-Length', entry.body.length);
            res.setHeader('Vary', 'Accept-Encoding');
            // Hashed assets never change; the page and the service worker must be revalidated.
            res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
            res.end(req.method === 'HEAD' ? undefined : entry.body);
          })
          .catch(() => next());
      });
    },
  };
}
