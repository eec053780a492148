import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Where `vite` (dev) and `vite preview` send /api: the Karvan server, port 3000 unless told otherwise. */
const apiTarget = process.env.KARVAN_API_URL ?? 'http://localhost:3000';

/**
 * Every browser Karvan supports reads WOFF2, so the WOFF fallbacks that @fontsource lists
 * beside each WOFF2 file only double the size of the build (Noto Sans SC alone ships a
 * hundred slices per weight). Drop them before Vite copies the files.
 */
function keepWoff2FontsOnly(): Plugin {
  return {
    name: 'karvan:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

/**
 * index.html sets `<html lang dir>` with an inline script before first paint. A strict
 * Content-Security-Policy must allow that script by hash: this writes the hashes of all
 * inline scripts to `dist/csp-hashes.json` so the server can put them in `script-src`.
 */
function emitInlineScriptHashes(): Plugin {
  return {
    name: 'karvan:inline-script-hashes',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const source = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
      const hashes = [...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      );
      this.emitFile({
        type: 'asset',
        fileName: 'csp-hashes.json',
        source: `${JSON.stringify({ 'script-src': hashes }, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [keepWoff2FontsOnly(), react(), emitInlineScriptHashes()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and the Leaflet images are files, never inlined into JS or CSS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
