// Copies the Emscripten build into site/public/runtime/ so Vite ships it as
// plain static files: the worker loads them with importScripts/fetch, which
// must not go through the bundler (the .js is a classic script, not a module).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'build/wasm');
const to = join(root, 'site/public/runtime');

mkdirSync(to, { recursive: true });
for (const name of ['yieldlab_wasm.js', 'yieldlab_wasm.wasm']) {
  if (!existsSync(join(from, name))) {
    console.error(`copy-runtime: ${join(from, name)} is missing; build it first: bash scripts/build.sh wasm`);
    process.exit(1);
  }
  copyFileSync(join(from, name), join(to, name));
}
console.log('copy-runtime: build/wasm -> site/public/runtime');
