#!/usr/bin/env node
// Conformance runner: every tests/conformance/**/*.py must print exactly what
// CPython 3.11 printed when regen.py recorded <name>.out / <name>.err.
//
//   node tests/conformance/run.mjs [--native-only|--wasm-only] [--verbose]
//                                  [--full-stderr] [FILTER...]
//
// FILTER: substrings of the path relative to tests/conformance
// ("generators_send/", "yield_from", "tutorial/fib").
// Native: spawns build/native/yieldlab <abs path>, cwd a fresh temp dir,
//   10 s timeout, 2 in parallel.
// Wasm: build/wasm/yieldlab_wasm.{js,wasm} (through wasm/load.mjs when it
//   exists), one Session per program, run in slices of 1e7 instructions with
//   a cap of 2e9 per program; 2 worker threads so a program that hangs inside
//   one slice can be killed (30 s) without hanging the runner.
// Checks: stdout exactly, exit status (1 iff <name>.err exists, else 0), and
//   the last non-empty stderr line against <name>.err. --full-stderr also
//   compares the whole stderr (traceback) against <name>.stderr.
// Exit status 1 if anything failed or a needed build is missing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
// The YL_* variables exist to test the runner itself against stand-ins.
const NATIVE = process.env.YL_NATIVE || path.join(ROOT, 'build/native/yieldlab');
const WASM_JS = process.env.YL_WASM_JS || path.join(ROOT, 'build/wasm/yieldlab_wasm.js');
const WASM_BIN = process.env.YL_WASM_BIN || path.join(ROOT, 'build/wasm/yieldlab_wasm.wasm');
const LOADER = process.env.YL_WASM_JS ? '' : path.join(ROOT, 'wasm/load.mjs');

const NATIVE_TIMEOUT_MS = 10_000;
const NATIVE_PARALLEL = 2;
const WASM_SLICE = 1e7;
const WASM_BUDGET = 2e9;
const WASM_TIMEOUT_MS = 30_000;
const WASM_PARALLEL = 2;
const MAX_OUTPUT = 16 << 20;

// ---------------------------------------------------------------- wasm worker

async function loadModule() {
  if (LOADER && fs.existsSync(LOADER)) {
    // The shared loader; its exact export is not pinned down, so accept the
    // usual shapes and fall back to loading the build directly.
    try {
      const mod = await import(pathToFileURL(LOADER).href);
      for (const name of ['default', 'loadYieldlab', 'load', 'loadModule', 'createModule']) {
        let cand = mod[name];
        if (cand == null) continue;
        if (typeof cand === 'function' && !cand.Session) cand = await cand();
        else cand = await cand;
        if (cand && typeof cand.Session === 'function') return { M: cand, via: 'wasm/load.mjs' };
      }
    } catch (e) {
      // fall through to the direct load
    }
  }
  const require = createRequire(import.meta.url);
  const createYieldlab = require(WASM_JS);
  const M = await createYieldlab({
    wasmBinary: fs.readFileSync(WASM_BIN),
    print: () => {},
    printErr: () => {},
  });
  return { M, via: 'direct' };
}

function runInSession(M, job) {
  const s = new M.Session();
  let stdout = '';
  let stderr = '';
  let status;
  let note = '';
  let deleteTrapped = false;
  const take = (r) => {
    if (r && typeof r.stdout === 'string') stdout += r.stdout;
    if (r && typeof r.stderr === 'string') stderr += r.stderr;
  };
  try {
    const loaded = JSON.parse(s.load(job.src, job.filename));
    take(loaded);
    // The .in file is typed line by line whenever input() waits; after the
    // last line, input is closed (EOFError), as with a pipe.
    const lines = job.stdin == null ? [] : job.stdin.split('\n');
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    if (!loaded.ok) {
      // The syntax error's traceback is queued on stderr: collect it.
      status = 'error';
      try { take(JSON.parse(s.run(WASM_SLICE))); } catch (e) { /* nothing queued */ }
    } else {
      let used = 0;
      for (;;) {
        const r = JSON.parse(s.run(WASM_SLICE));
        take(r);
        used += WASM_SLICE;
        if (r.status === 'input') {
          if (lines.length) s.provideInput(lines.shift()); else s.closeInput();
          continue;
        }
        if (r.status !== 'paused') {
          status = r.status;
          // As python3 does at exit: suspended generators are closed.
          take(JSON.parse(s.shutdown()));
          break;
        }
        if (used >= WASM_BUDGET) { status = 'budget'; break; }
        if (stdout.length + stderr.length > MAX_OUTPUT) { status = 'output-limit'; break; }
      }
    }
  } catch (e) {
    e.partial = { stdout, stderr };
    throw e;
  } finally {
    try {
      s.delete();
    } catch (e) {
      // Report the trap, but keep what the program printed: it tells whether
      // the run itself went right before the destructor failed.
      note = `Session.delete() trapped: ${e && e.message || e}`;
      deleteTrapped = true;
    }
  }
  if (deleteTrapped) throw Object.assign(new Error(note), { partial: { stdout, stderr, status } });
  return { stdout, stderr, status, note };
}

async function workerMain() {
  let mod;
  try {
    mod = await loadModule();
  } catch (e) {
    parentPort.postMessage({ type: 'init-error', message: String(e && e.stack || e) });
    return;
  }
  parentPort.postMessage({ type: 'ready', via: mod.via });
  parentPort.on('message', (job) => {
    try {
      const r = runInSession(mod.M, job);
      parentPort.postMessage({ type: 'result', id: job.id, ...r });
    } catch (e) {
      // The instance may be corrupt after a trap: the main thread replaces
      // this worker (and with it the module instance) after a crash.
      parentPort.postMessage({ type: 'crash', id: job.id, message: String(e && e.message || e),
        stdout: e && e.partial ? e.partial.stdout : '', stderr: e && e.partial ? e.partial.stderr : '',
        status: e && e.partial ? e.partial.status : undefined });
    }
  });
}

// ---------------------------------------------------------------- main thread

function findPrograms(dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) findPrograms(p, out);
    else if (ent.name.endsWith('.py') && dir !== HERE) out.push(p);
  }
  return out;
}

function readMaybe(p) {
  try { return fs.readFileSync(p, 'utf8'); } catch { return null; }
}

function lastLine(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function show(s) {
  if (s === undefined) return '<end of output>';
  const j = JSON.stringify(s);
  return j.length > 100 ? j.slice(0, 97) + '..."' : j;
}

function firstDiff(what, want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const wl = i < a.length ? a[i] : undefined;
  const gl = i < b.length ? b[i] : undefined;
  return `${what} line ${i + 1}: expected ${show(wl)}, got ${show(gl)}`;
}

// A small line diff for --verbose: LCS on the lines, with 2 lines of context.
function lineDiff(want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  if (a.length * b.length > 4e6) return ['  (output too long to diff)'];
  const n = a.length, m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { ops.push([' ', a[i]]); i++; j++; }
    else if (i < n && (j >= m || L[i + 1][j] >= L[i][j + 1])) { ops.push(['-', a[i]]); i++; }
    else { ops.push(['+', b[j]]); j++; }
  }
  const keep = ops.map((o, k) => o[0] !== ' ' ||
    ops.slice(Math.max(0, k - 2), k + 3).some((p) => p[0] !== ' '));
  const lines = [];
  let skipped = false;
  for (let k = 0; k < ops.length; k++) {
    if (!keep[k]) { if (!skipped) lines.push('  ...'); skipped = true; continue; }
    skipped = false;
    lines.push(`  ${ops[k][0]} ${ops[k][1]}`);
    if (lines.length > 60) { lines.push('  ... (diff truncated)'); break; }
  }
  return lines;
}

function judge(prog, got, opts) {
  const problems = [];
  if (got.note) problems.push(got.note);
  if (prog.expOut === null) {
    problems.push(`no ${prog.rel.replace(/\.py$/, '.out')}: run tests/conformance/regen.py`);
    return problems;
  }
  const wantCode = prog.expErr !== null ? 1 : 0;
  if (got.code !== wantCode) {
    const tail = lastLine(got.stderr);
    problems.push(`exit status ${got.code}, expected ${wantCode}` + (tail ? ` (stderr: ${show(tail)})` : ''));
  }
  if (got.stdout !== prog.expOut) problems.push(firstDiff('stdout', prog.expOut, got.stdout));
  if (prog.expErr !== null) {
    const want = prog.expErr.replace(/\n$/, '');
    const have = lastLine(got.stderr);
    if (have !== want) problems.push(`last stderr line: expected ${show(want)}, got ${show(have)}`);
    if (opts.fullStderr && prog.expStderr !== null) {
      const norm = got.stderr.split(prog.abs).join(prog.rel);
      if (norm !== prog.expStderr) problems.push(firstDiff('stderr', prog.expStderr, norm));
    }
  }
  return problems;
}

function runNative(prog) {
  return new Promise((resolve) => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ylconf-'));
    let stdinFd = 'ignore';
    if (prog.stdinPath) stdinFd = fs.openSync(prog.stdinPath, 'r');
    const child = spawn(NATIVE, [prog.abs], {
      cwd,
      stdio: [stdinFd, 'pipe', 'pipe'],
      env: { ...process.env, PYTHONHASHSEED: '0' },
    });
    const out = [], err = [];
    let size = 0, killedFor = '';
    const kill = (why) => { if (!killedFor) { killedFor = why; child.kill('SIGKILL'); } };
    const timer = setTimeout(() => kill(`timed out after ${NATIVE_TIMEOUT_MS / 1000} s`), NATIVE_TIMEOUT_MS);
    const collect = (arr) => (d) => {
      arr.push(d);
      size += d.length;
      if (size > MAX_OUTPUT) kill('output limit exceeded');
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const finish = (code, signal, spawnError) => {
      clearTimeout(timer);
      if (typeof stdinFd === 'number') fs.closeSync(stdinFd);
      fs.rmSync(cwd, { recursive: true, force: true });
      let note = killedFor;
      if (!note && signal) note = `killed by ${signal}`;
      if (spawnError) note = `cannot run: ${spawnError.message}`;
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code === null ? -1 : code,
        note,
      });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

async function pool(items, n, fn) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(n, items.length) }, async (_, lane) => {
    while (next < items.length) {
      const k = next++;
      await fn(items[k], lane);
    }
  });
  await Promise.all(lanes);
}

class WasmLane {
  constructor() { this.worker = null; this.ready = null; this.via = ''; }

  start() {
    this.worker = new Worker(fileURLToPath(import.meta.url));
    this.pending = null;
    this.ready = new Promise((resolve) => {
      const onFirst = (msg) => {
        if (msg.type === 'ready') { this.via = msg.via; resolve(null); }
        else if (msg.type === 'init-error') resolve(msg.message);
      };
      this.worker.once('message', onFirst);
      this.worker.once('error', (e) => resolve(String(e)));
      this.worker.once('exit', (code) => resolve(`worker exited with status ${code} while loading`));
    });
    this.worker.on('message', (msg) => {
      if ((msg.type === 'result' || msg.type === 'crash') && this.pending) this.pending(msg);
    });
    this.worker.on('error', (e) => {
      if (this.pending) this.pending({ type: 'crash', message: `worker died: ${e && e.message || e}` });
    });
    this.worker.on('exit', () => {
      if (this.pending) this.pending({ type: 'crash', message: 'worker exited' });
    });
    return this.ready;
  }

  async run(job) {
    if (!this.worker) {
      const initError = await this.start();
      if (initError) { this.stop(); return { type: 'init-error', message: initError }; }
    }
    const msg = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ type: 'timeout' }), WASM_TIMEOUT_MS);
      this.pending = (m) => { clearTimeout(timer); resolve(m); };
      this.worker.postMessage(job);
    });
    this.pending = null;
    if (msg.type !== 'result') this.stop(); // fresh worker for the next program
    return msg;
  }

  stop() {
    if (this.worker) {
      const w = this.worker;
      this.worker = null;
      this.pending = null;
      w.removeAllListeners();
      w.on('error', () => {});
      w.terminate();
    }
  }
}

async function main() {
  const args = process.argv.slice(2);
  const opts = {
    native: !args.includes('--wasm-only'),
    wasm: !args.includes('--native-only'),
    verbose: args.includes('--verbose') || args.includes('-v'),
    fullStderr: args.includes('--full-stderr'),
  };
  const unknown = args.filter((a) => a.startsWith('-') &&
    !['--wasm-only', '--native-only', '--verbose', '-v', '--full-stderr'].includes(a));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}\n` +
      'usage: node tests/conformance/run.mjs [--native-only|--wasm-only] [--verbose] [--full-stderr] [FILTER...]');
    process.exit(2);
  }
  const filters = args.filter((a) => !a.startsWith('-'));
  const programs = findPrograms(HERE)
    .map((abs) => {
      const rel = path.relative(HERE, abs).split(path.sep).join('/');
      const base = abs.slice(0, -3);
      return {
        abs, rel,
        src: fs.readFileSync(abs, 'utf8'),
        expOut: readMaybe(base + '.out'),
        expErr: readMaybe(base + '.err'),
        expStderr: readMaybe(base + '.stderr'),
        stdinPath: fs.existsSync(base + '.in') ? base + '.in' : null,
      };
    })
    .filter((p) => filters.length === 0 || filters.some((f) => p.rel.includes(f)));
  if (programs.length === 0) {
    console.error(`no conformance programs match ${filters.join(' ')}`);
    process.exit(1);
  }

  const results = [];
  const report = (kind, prog, got) => {
    const problems = judge(prog, got, opts);
    const ok = problems.length === 0;
    if (!ok) {
      console.log(`FAIL ${kind} ${prog.rel}: ${problems[0]}`);
      if (opts.verbose) {
        for (const p of problems.slice(1)) console.log(`  ${p}`);
        if (prog.expOut !== null && got.stdout !== prog.expOut) {
          console.log('  stdout diff (- expected, + got):');
          for (const l of lineDiff(prog.expOut, got.stdout)) console.log(l);
        }
        const tail = got.stderr.split('\n').filter((l) => l !== '').slice(-12);
        if (tail.length) {
          console.log('  stderr (last lines):');
          for (const l of tail) console.log(`    ${l}`);
        }
      }
    } else if (opts.verbose) {
      console.log(`ok   ${kind} ${prog.rel}`);
    }
    return ok;
  };

  const t0 = Date.now();
  let missing = false;

  if (opts.native) {
    let passed = 0, failed = 0;
    if (!fs.existsSync(NATIVE)) {
      console.log(`native build missing: ${path.relative(ROOT, NATIVE)} not found ` +
        '(build it: cmake -S . -B build/native && cmake --build build/native)');
      failed = programs.length;
      missing = true;
    } else {
      await pool(programs, NATIVE_PARALLEL, async (prog) => {
        const got = await runNative(prog);
        if (report('native', prog, got)) passed++; else failed++;
      });
    }
    results.push(['native', passed, failed]);
  }

  if (opts.wasm) {
    let passed = 0, failed = 0;
    if (!fs.existsSync(WASM_JS) || !fs.existsSync(WASM_BIN)) {
      console.log(`wasm build missing: ${path.relative(ROOT, WASM_JS)} / .wasm not found ` +
        '(build it: emcmake cmake -S . -B build/wasm && cmake --build build/wasm)');
      failed = programs.length;
      missing = true;
    } else {
      const lanes = Array.from({ length: WASM_PARALLEL }, () => new WasmLane());
      let initError = null;
      let via = '';
      await pool(programs, WASM_PARALLEL, async (prog, lane) => {
        if (initError) { failed++; return; }
        const msg = await lanes[lane].run({
          id: prog.rel,
          src: prog.src,
          filename: prog.abs,
          stdin: prog.stdinPath ? fs.readFileSync(prog.stdinPath, 'utf8') : null,
        });
        via = via || lanes[lane].via;
        if (msg.type === 'init-error') {
          if (!initError) {
            initError = msg.message;
            console.log(`wasm module failed to load: ${initError.split('\n')[0]}`);
          }
          failed++;
          return;
        }
        let got;
        if (msg.type === 'result') {
          const code = msg.status === 'finished' ? 0 : msg.status === 'error' ? 1 : -1;
          let note = msg.note || '';
          if (msg.status === 'budget') note = `stopped after ${WASM_BUDGET.toExponential()} instructions`;
          else if (code === -1) note = `session status ${JSON.stringify(msg.status)}`;
          got = { stdout: msg.stdout, stderr: msg.stderr, code, note };
        } else if (msg.type === 'timeout') {
          got = { stdout: '', stderr: '', code: -1, note: `wasm timed out after ${WASM_TIMEOUT_MS / 1000} s` };
        } else {
          const code = msg.status === 'finished' ? 0 : msg.status === 'error' ? 1 : -1;
          got = { stdout: msg.stdout || '', stderr: msg.stderr || '', code, note: `wasm crashed: ${msg.message}` };
        }
        if (report('wasm', prog, got)) passed++; else failed++;
      });
      for (const l of lanes) l.stop();
      if (opts.verbose && via) console.log(`(wasm module loaded ${via === 'direct' ? 'directly' : 'via ' + via})`);
    }
    results.push(['wasm', passed, failed]);
  }

  let tp = 0, tf = 0;
  for (const [kind, p, f] of results) {
    console.log(`conformance ${kind}: ${p} passed, ${f} failed`);
    tp += p; tf += f;
  }
  console.log(`${tp} passed, ${tf} failed`);
  if (opts.verbose) console.log(`(${programs.length} programs, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(tf > 0 || missing ? 1 : 0);
}

if (isMainThread) {
  main().catch((e) => { console.error(e); process.exit(1); });
} else {
  workerMain();
}
