// Loads the Emscripten build of the runtime into Node. Shared by the wasm CLI
// (wasm/yieldlab.mjs), the node:test suites, the conformance runner and the
// benchmarks, so there is exactly one place that knows where the build lives.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// YIELDLAB_WASM_DIR lets a caller point at another build folder.
export const wasmDir = resolve(process.env.YIELDLAB_WASM_DIR ?? join(repoRoot, 'build/wasm'));

let modulePromise = null;
let factory = null; // { createYieldlab, wasmModule }, read and compiled once

// Resolves to the Emscripten module; `new module.Session()` makes a session.
// Cached: every caller in a process shares one instance of the runtime.
export function loadYieldlab() {
  modulePromise ??= createYieldlabInstance();
  return modulePromise;
}

// A new, independent instance of the runtime (its own wasm memory). For
// callers that must not share state with anyone, e.g. one test whose wasm
// trap would otherwise leave a corrupted instance to the next.
export async function createYieldlabInstance() {
  factory ??= readFactory();
  const { createYieldlab, wasmModule } = factory;

  // Emscripten's Node shell installs process-wide uncaughtException and
  // unhandledRejection handlers that rethrow, which changes how the host's own
  // errors are reported (exit code 7 instead of 1). We own the process, so we
  // drop whatever handlers the factory added.
  const before = {
    uncaughtException: process.listeners('uncaughtException'),
    unhandledRejection: process.listeners('unhandledRejection'),
  };
  const pending = createYieldlab({
    instantiateWasm(imports, receiveInstance) {
      const instance = new WebAssembly.Instance(wasmModule, imports);
      receiveInstance(instance, wasmModule);
      return instance.exports;
    },
  });
  for (const [event, kept] of Object.entries(before)) {
    for (const listener of process.listeners(event)) {
      if (!kept.includes(listener)) process.removeListener(event, listener);
    }
  }
  return pending;
}

function readFactory() {
  const jsPath = join(wasmDir, 'yieldlab_wasm.js');
  const wasmPath = join(wasmDir, 'yieldlab_wasm.wasm');
  if (!existsSync(jsPath) || !existsSync(wasmPath)) {
    throw new Error(`wasm build not found in ${wasmDir}; run: npm run build:wasm (or npm test)`);
  }
  // The build is a classic (non-ES6) MODULARIZE script so that the same file
  // works in a browser worker via importScripts; Node loads it with require.
  // The module is compiled here, synchronously, instead of by the loader:
  // given the bytes, Emscripten's Node path copies all 1.2 MB into a new
  // Uint8Array (4 ms here) and compiles asynchronously (2-3 ms slower than
  // new WebAssembly.Module in Node), part of every run's start-up. A
  // compiled module also lets later instances skip compiling.
  return {
    createYieldlab: createRequire(import.meta.url)(jsPath),
    wasmModule: new WebAssembly.Module(readFileSync(wasmPath)),
  };
}

// Drives one program to the end in slices of `budget` instructions, calling
// onChunk(stdout, stderr) after every slice, exactly as the native CLI loops.
// `budget` is a number, or a function of the slice's index (0, 1, ...)
// giving that slice's budget, as rampedBudget() does.
// Returns { status, error, load } where `load` is the parsed Session.load
// result. A failed load still runs once: that call hands back the queued
// SyntaxError traceback on stderr.
// When the program waits in input(), onInput() gives the next line, or null
// for end of input (EOFError in the program, as with an exhausted pipe).
export function drive(session, source, filename, { budget = 1_000_000, onChunk = () => {}, onInput = () => null } = {}) {
  const sliceBudget = typeof budget === 'function' ? budget : () => budget;
  const load = JSON.parse(session.load(source, filename));
  let result;
  for (let slice = 0; ; ++slice) {
    result = JSON.parse(session.run(sliceBudget(slice)));
    onChunk(result.stdout, result.stderr);
    if (!load.ok) break;
    if (result.status === 'input') {
      const line = onInput();
      if (line === null) session.closeInput(); else session.provideInput(line);
      continue;
    }
    if (result.status !== 'paused') break;
  }
  if (load.ok) {
    // As python3 does at exit: suspended generators are closed.
    const end = JSON.parse(session.shutdown());
    onChunk(end.stdout, end.stderr);
  }
  const status = load.ok ? result.status : 'error';
  return { status, error: load.ok ? result.error : load.error, load };
}

// Slices for a long run in V8: 100,000 instructions first, doubling up to
// 1,000,000. V8 starts the runtime in its baseline compiler and optimises the
// dispatch loop in the background (about 0.1 s of compiling), but a running
// wasm function keeps the code it was entered with: only the next slice
// picks up the optimised loop. Short slices keep that wait short; at the cap
// a slice is a few milliseconds, and its JSON round trip costs ~1% of that.
// (A fixed 10,000,000 ran ~0.2 s of every program in baseline code.)
export function rampedBudget(slice) {
  return Math.min(1_000_000, 100_000 * 2 ** slice);
}

// Convenience for tests and tools: a fresh session, run to completion,
// output collected. Returns { status, stdout, stderr, error, load }.
export async function runProgram(source, { filename = '<string>', budget } = {}) {
  const yl = await loadYieldlab();
  const session = new yl.Session();
  try {
    let stdout = '';
    let stderr = '';
    const onChunk = (out, err) => { stdout += out; stderr += err; };
    const end = drive(session, source, filename, { budget, onChunk });
    return { ...end, stdout, stderr };
  } finally {
    session.delete(); // Embind objects live on the wasm heap until deleted.
  }
}
