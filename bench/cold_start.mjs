#!/usr/bin/env node
// Cold start of the wasm runtime in a fresh Node process: require the
// Emscripten loader, instantiate the module, make a Session and run `pass`.
// Prints one JSON line: {"ms": in-process time from before the loading to
// after the run, "uptimeMs": the whole process up to that point including
// Node's own start-up, "status": the last run status}. bench/run.mjs runs
// this several times, each in a new process, and reports the median of "ms".
//
// It loads the runtime as the wasm CLI does, through wasm/load.mjs's
// createYieldlabInstance() (YIELDLAB_WASM_DIR picks another build folder);
// the timing starts before that call, so it includes reading the loader and
// the binary and compiling the module.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { wasmDir as dir, createYieldlabInstance } from '../wasm/load.mjs';

const jsPath = join(dir, 'yieldlab_wasm.js');
const wasmPath = join(dir, 'yieldlab_wasm.wasm');
if (!existsSync(jsPath) || !existsSync(wasmPath)) {
  console.error(`cold_start: ${jsPath} or ${wasmPath} is missing; build it with: bash scripts/build.sh wasm`);
  process.exit(2);
}
const t0 = performance.now();
const M = await createYieldlabInstance();
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
