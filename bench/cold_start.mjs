#!/usr/bin/env node
// Cold start of the wasm runtime in a fresh Node process: require the
// Emscripten loader, instantiate the module, make a Session and run `pass`.
// Prints one JSON line: {"ms": in-process time from before the require to
// after the run, "uptimeMs": the whole process up to that point including
// Node's own start-up, "status": the last run status}. bench/run.mjs runs
// this several times, each in a new process, and reports the median of "ms".
//
// It loads build/wasm directly (YIELDLAB_WASM_DIR overrides the folder, as in
// wasm/load.mjs) so that nothing but the runtime's own loading is timed.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.env.YIELDLAB_WASM_DIR ?? join(root, 'build/wasm'));
const jsPath = join(dir, 'yieldlab_wasm.js');
const wasmPath = join(dir, 'yieldlab_wasm.wasm');
if (!existsSync(jsPath) || !existsSync(wasmPath)) {
  console.error(`cold_start: ${jsPath} or ${wasmPath} is missing; build it with: bash scripts/build.sh wasm`);
  process.exit(2);
}
const require = createRequire(import.meta.url);

const t0 = performance.now();
const createYieldlab = require(jsPath);
const M = await createYieldlab({ wasmBinary: readFileSync(wasmPath) });
const session = new M.Session();
const load = JSON.parse(session.load('pass\n', '<cold_start>'));
let result = { status: 'error' };
if (load.ok) {
  do {
    result = JSON.parse(session.run(1e9));
  } while (result.status === 'paused');
}
const t1 = performance.now();
session.delete();

console.log(JSON.stringify({
  ms: t1 - t0,
  uptimeMs: process.uptime() * 1000,
  status: load.ok ? result.status : 'error',
}));
process.exitCode = load.ok && result.status === 'finished' ? 0 : 1;
