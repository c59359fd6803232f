// The site lives in site/ and builds to site/dist. base './' makes every asset
// URL relative, so the folder works from any path on any static host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offline-plugin.mjs';

const site = (path) => fileURLToPath(new URL(`site/${path}`, import.meta.url));

export default defineConfig({
  root: 'site',
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco alone is a few MB; that is expected, not a warning.
    chunkSizeWarningLimit: 5000,
    // Timing warnings only say the machine was busy (CI builds share it).
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The page, and the embeddable widget as dist/widget.js: a stable name
      // docs pages can put in a script tag (site/public/embed-demo.html).
      input: { index: site('index.html'), widget: site('src/widget/index.js') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'widget' ? 'widget.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  // Classic (iife) workers: the runtime worker loads the Emscripten script
  // with importScripts, which module workers do not have.
  worker: { format: 'iife' },
  // dist/sw.js: the service worker that makes the built site work offline.
  plugins: [offlinePlugin({ template: site('src/sw.js') })],
});
