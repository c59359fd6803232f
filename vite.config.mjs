// The site lives in site/ and builds to site/dist. base './' makes every asset
// URL relative, so the folder works from any path on any static host.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'site',
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco alone is a few MB; that is expected, not a warning.
    chunkSizeWarningLimit: 5000,
    // Timing warnings only say the machine was busy (CI builds share it).
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // Classic (iife) workers: the runtime worker loads the Emscripten script
  // with importScripts, which module workers do not have.
  worker: { format: 'iife' },
});
