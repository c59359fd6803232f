#!/usr/bin/env node
// The generator benchmark of issue 6: every bench/programs/*.py under python3,
// the native CLI and the wasm build, interleaved, with medians, ratios to
// python3, their geometric mean, the runtime's gzipped size, its cold start
// in Node and its line-stepping rate. See bench/README.md.
//
//   node bench/run.mjs [--reps N] [--quick] [--markdown] [--timeout S] [NAME...]
//
// Progress goes to stderr, the report to stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import zlib from 'node:zlib';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const programsDir = join(benchDir, 'programs');

// Issue 6's targets.
const TARGETS = {
  wasmGeomean: 1.0,
  nativeGeomean: 0.6,
  wasmWorst: 1.5,
  downloadBytes: 150_000, // 150 KB, 1 KB = 1000 bytes
  coldStartMs: 50,
  stepsPerSecond: 100_000,
};
const COLD_START_RUNS = 5;

// ---------------------------------------------------------------- arguments

function usage(exitCode) {
  const text = `usage: node bench/run.mjs [options] [NAME...]

Runs bench/programs/*.py under python3, the native CLI and the wasm build.
NAME keeps only the programs whose name contains it (several may be given).

options:
  --reps N      repetitions of the whole interleaved round (default 5)
  --quick       one repetition (same as --reps 1)
  --markdown    print the report as Markdown (for bench/README.md)
  --timeout S   seconds before one run counts as failed (default 60)
  --help        this text
`;
  (exitCode ? process.stderr : process.stdout).write(text);
  process.exit(exitCode);
}

function parseArgs(argv) {
  const opts = { reps: 5, markdown: false, timeoutS: 60, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    const positiveNumber = (v) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) {
        console.error(`bench: ${flag} needs a positive number, got '${v}'`);
        process.exit(2);
      }
      return n;
    };
    switch (flag) {
      case '--reps': opts.reps = Math.round(positiveNumber(value())); break;
      case '--quick': opts.reps = 1; break;
      case '--markdown': opts.markdown = true; break;
      case '--timeout': opts.timeoutS = positiveNumber(value()); break;
      case '--help': case '-h': usage(0); break;
      default:
        if (arg.startsWith('-')) {
          console.error(`bench: unknown option ${arg}`);
          usage(2);
        }
        opts.filters.push(arg);
    }
  }
  return opts;
}

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const fmtRatio = (r) => `${r.toFixed(2)}x`;
const fmtKB = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const clip = (line, max) => (line.length > max ? `${line.slice(0, max)}...` : line);
const lastLine = (s, max = 100) => clip((s ?? '').trim().split('\n').filter(Boolean).pop() ?? '', max);
// Where a runner's stdout first differs from python3's.
const difference = (got, want) => {
  const g = got.split('\n');
  const w = want.split('\n');
  let i = 0;
  while (i < g.length && i < w.length && g[i] === w[i]) i++;
  const show = (lines) => (i < lines.length ? JSON.stringify(clip(lines[i], 60)) : 'nothing more');
  return `stdout line ${i + 1}: printed ${show(g)}, python3 printed ${show(w)}`;
};
// The line of stderr that says what went wrong: the exception line of a
// Python traceback or of a Node crash (not its stack or "Node.js v20").
const errorLine = (s, max = 120) => {
  const lines = (s ?? '').split('\n').map((l) => l.trimEnd()).filter(Boolean);
  const error = lines.filter((l) => /^[A-Za-z_.]*(Error|Exception|Exit|Interrupt)\b/.test(l)).pop();
  return clip(error ?? lines.filter((l) => !/^\s/.test(l) && !/^Node\.js v/.test(l)).pop() ?? '', max);
};

function capture(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout + r.stderr).trim() : null;
}

// ---------------------------------------------------------------- runners

// python3 resolved to the real interpreter: a pyenv shim is a shell script
// that would add ~100 ms to every run.
function findPython() {
  const exe = capture('python3', ['-c', 'import sys; print(sys.executable)']);
  if (!exe) {
    console.error('bench: python3 is required (it is the baseline) and was not found on PATH');
    process.exit(2);
  }
  return { exe, version: capture(exe, ['--version']) ?? 'python3 (unknown version)' };
}

// YIELDLAB_NATIVE and YIELDLAB_WASM_DIR (also read by wasm/load.mjs) point at
// other builds, e.g. to compare a branch's build with main's.
const nativeExe = resolve(process.env.YIELDLAB_NATIVE ?? join(root, 'build/native/yieldlab'));
const wasmDir = resolve(process.env.YIELDLAB_WASM_DIR ?? join(root, 'build/wasm'));
const wasmFiles = ['yieldlab_wasm.wasm', 'yieldlab_wasm.js'].map((f) => join(wasmDir, f));
const shown = (p) => (p.startsWith(root) ? relative(root, p) : p);
const NATIVE_MISSING = `${shown(nativeExe)} not found; build it with: bash scripts/build.sh native`;
const WASM_MISSING = `${shown(join(wasmDir, 'yieldlab_wasm.{js,wasm}'))} not found; build it with: bash scripts/build.sh wasm`;

function runners(python) {
  const wasmCli = join(root, 'wasm/yieldlab.mjs');
  const list = [
    { name: 'python3', cmd: python.exe, args: [] },
    {
      name: 'native', cmd: nativeExe, args: [],
      missing: existsSync(nativeExe) ? null : NATIVE_MISSING,
    },
    {
      name: 'wasm', cmd: process.execPath, args: [wasmCli],
      missing: !existsSync(wasmCli) ? 'wasm/yieldlab.mjs not found (the wasm CLI is part of the repository)'
        : !wasmFiles.every(existsSync) ? WASM_MISSING
        : null,
    },
  ];
  return list;
}

// One timed run: wall-clock of the whole process, output captured.
function runOnce(runner, file, timeoutS) {
  const t0 = performance.now();
  const r = spawnSync(runner.cmd, [...runner.args, file], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
  });
  const ms = performance.now() - t0;
  if (r.error?.code === 'ETIMEDOUT') return { ok: false, why: `timed out after ${timeoutS} s` };
  if (r.error) return { ok: false, why: r.error.message };
  if (r.signal) return { ok: false, why: `killed by ${r.signal}${r.stderr ? `: ${errorLine(r.stderr)}` : ''}` };
  if (r.status !== 0) return { ok: false, why: `exit ${r.status}: ${errorLine(r.stderr) || '(no stderr)'}` };
  return { ok: true, ms, stdout: r.stdout };
}

// ---------------------------------------------------------------- programs

function programs(filters) {
  const all = readdirSync(programsDir).filter((f) => f.endsWith('.py')).sort()
    .map((f) => ({ name: basename(f, '.py'), file: relative(root, join(programsDir, f)) }));
  const kept = filters.length ? all.filter((p) => filters.some((f) => p.name.includes(f))) : all;
  if (!kept.length) {
    console.error(`bench: no program matches ${filters.join(', ')}; there are: ${all.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  return kept;
}

// for rep: for program: for runner. A runner that fails or disagrees with
// python3 on a program is not run on it again.
function measure(progs, runnerList, opts) {
  const cells = new Map(); // `${program}/${runner}` -> { times, state, why }
  const cell = (p, r) => {
    const key = `${p.name}/${r.name}`;
    if (!cells.has(key)) cells.set(key, { times: [], state: r.missing ? 'missing' : 'ok', why: r.missing });
    return cells.get(key);
  };
  const expected = new Map();
  const width = Math.max(...progs.map((p) => p.name.length));
  for (let rep = 1; rep <= opts.reps; rep++) {
    for (const p of progs) {
      const parts = [];
      for (const r of runnerList) {
        const c = cell(p, r);
        if (c.state !== 'ok') {
          parts.push(`${r.name} ${c.state}`);
          continue;
        }
        const res = runOnce(r, p.file, opts.timeoutS);
        if (res.ok && r.name === 'python3' && !expected.has(p.name)) expected.set(p.name, res.stdout);
        const want = expected.get(p.name);
        if (!res.ok) Object.assign(c, { state: 'fail', why: res.why });
        else if (want === undefined) Object.assign(c, { state: 'fail', why: 'python3 failed: nothing to compare with' });
        else if (res.stdout !== want) Object.assign(c, { state: 'mismatch', why: difference(res.stdout, want) });
        else c.times.push(res.ms);
        parts.push(`${r.name} ${c.state === 'ok' ? `${fmtMs(res.ms)} ms` : c.state}`);
      }
      process.stderr.write(`[${rep}/${opts.reps}] ${p.name.padEnd(width)}  ${parts.join('  ')}\n`);
    }
  }
  return cells;
}

// ---------------------------------------------------------------- size and cold start

function downloadSize() {
  if (!wasmFiles.every(existsSync)) return { missing: WASM_MISSING };
  const parts = wasmFiles.map((f) => {
    const raw = readFileSync(f);
    return { name: basename(f), raw: raw.length, gz: zlib.gzipSync(raw, { level: 9 }).length };
  });
  return { parts, total: parts.reduce((acc, p) => acc + p.gz, 0) };
}

// Both below run only when downloadSize() found the build.
function coldStart() {
  const runs = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    const r = spawnSync(process.execPath, [join(benchDir, 'cold_start.mjs')], {
      cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, YIELDLAB_WASM_DIR: wasmDir },
    });
    let out = null;
    try {
      out = JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      // reported below
    }
    if (r.status !== 0 || !out) {
      return { fail: `cold_start.mjs ${r.error ? r.error.message : `exit ${r.status}`}: ${errorLine(r.stderr) || lastLine(r.stdout)}` };
    }
    runs.push(out);
  }
  return { ms: median(runs.map((r) => r.ms)), uptimeMs: median(runs.map((r) => r.uptimeMs)) };
}

// Line steps per second through the session API (bench/step_rate.mjs).
function stepRate() {
  const r = spawnSync(process.execPath, [join(benchDir, 'step_rate.mjs')], {
    cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, YIELDLAB_WASM_DIR: wasmDir },
  });
  try {
    if (r.status === 0) return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    // reported below
  }
  return { fail: `step_rate.mjs ${r.error ? r.error.message : `exit ${r.status}`}: ${errorLine(r.stderr) || lastLine(r.stdout)}` };
}

// ---------------------------------------------------------------- report

function machine(python) {
  let cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m);
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  const commit = capture('git', ['-C', root, 'rev-parse', '--short', 'HEAD']);
  return {
    cpu: `${cpu} (${os.cpus().length} cores)`,
    node: `Node ${process.version}`,
    python: python.version,
    date: new Date().toISOString().replace(/T(\d\d:\d\d).*$/, ' $1 UTC'),
    commit,
  };
}

// Size and time of every build file: someone rebuilding during the run mixes
// two runtimes into one table (or fails runs mid-way).
function buildStamp() {
  return [nativeExe, ...wasmFiles]
    .map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-'))
    .join(' ');
}

// Other work on the machine skews every time (interleaving spreads it, but
// only so far). The bench itself keeps about one core busy.
function loadNote(before, after) {
  const cores = os.cpus().length;
  const busy = before > cores / 2 || after > cores / 2 + 1;
  const text = `load average ${before.toFixed(1)} before, ${after.toFixed(1)} after, on ${cores} cores`;
  return { text, warning: busy ? `WARNING: the machine was busy (${text}); the times are unreliable` : null };
}

function summarize(progs, runnerList, cells) {
  const rows = progs.map((p) => {
    const py = cells.get(`${p.name}/python3`);
    const pyMs = py.state === 'ok' ? median(py.times) : null;
    const row = { name: p.name, python3: { state: py.state, ms: pyMs, why: py.why } };
    for (const r of runnerList.slice(1)) {
      const c = cells.get(`${p.name}/${r.name}`);
      const ms = c.state === 'ok' ? median(c.times) : null;
      row[r.name] = { state: pyMs === null && c.state === 'ok' ? 'no baseline' : c.state, ms, why: c.why };
      if (ms !== null && pyMs !== null) row[r.name].ratio = ms / pyMs;
    }
    return row;
  });
  const stats = {};
  for (const r of runnerList.slice(1)) {
    const ratios = rows.filter((row) => row[r.name].ratio !== undefined);
    stats[r.name] = {
      missing: r.missing,
      measured: ratios.length,
      total: rows.length,
      geomean: ratios.length ? geomean(ratios.map((row) => row[r.name].ratio)) : null,
      worst: ratios.reduce((w, row) => (!w || row[r.name].ratio > w.ratio ? { name: row.name, ratio: row[r.name].ratio } : w), null),
    };
  }
  return { rows, stats };
}

function cellText(c) {
  if (c.state === 'ok') return { ms: fmtMs(c.ms), ratio: c.ratio !== undefined ? fmtRatio(c.ratio) : '' };
  const label = { fail: 'FAIL', mismatch: 'MISMATCH', missing: 'n/a', 'no baseline': '?' }[c.state] ?? c.state;
  return { ms: '-', ratio: label };
}

function targetChecks(stats, size, cold, steps) {
  const checks = [];
  const ratioTarget = (label, s, limit, value) => {
    if (s.missing) return checks.push({ label, met: false, detail: 'not measured: build missing' });
    const incomplete = s.measured < s.total ? `; only ${s.measured} of ${s.total} programs ran correctly` : '';
    if (value === null) return checks.push({ label, met: false, detail: `no program ran correctly` });
    checks.push({ label, met: value <= limit && !incomplete, detail: `${fmtRatio(value)}${incomplete}` });
  };
  ratioTarget(`wasm geomean <= ${fmtRatio(TARGETS.wasmGeomean)}`, stats.wasm, TARGETS.wasmGeomean, stats.wasm.geomean);
  ratioTarget(`native geomean <= ${fmtRatio(TARGETS.nativeGeomean)}`, stats.native, TARGETS.nativeGeomean, stats.native.geomean);
  ratioTarget(`no wasm program above ${fmtRatio(TARGETS.wasmWorst)}`, stats.wasm, TARGETS.wasmWorst, stats.wasm.worst?.ratio ?? null);
  if (stats.wasm.worst) checks.at(-1).detail += ` (worst: ${stats.wasm.worst.name})`;
  checks.push(size.missing
    ? { label: `download <= ${fmtKB(TARGETS.downloadBytes)} gzipped`, met: false, detail: 'not measured: build missing' }
    : { label: `download <= ${fmtKB(TARGETS.downloadBytes)} gzipped`, met: size.total <= TARGETS.downloadBytes, detail: fmtKB(size.total) });
  const coldLabel = `cold start <= ${TARGETS.coldStartMs} ms`;
  checks.push(cold.ms !== undefined
    ? { label: coldLabel, met: cold.ms <= TARGETS.coldStartMs, detail: `${fmtMs(cold.ms)} ms` }
    : { label: coldLabel, met: false, detail: cold.missing ? 'not measured: build missing' : `failed: ${cold.fail}` });
  const stepLabel = `stepping >= ${TARGETS.stepsPerSecond.toLocaleString('en-US')} line steps/s`;
  checks.push(steps.stepsPerSecond !== undefined
    ? { label: stepLabel, met: steps.stepsPerSecond >= TARGETS.stepsPerSecond, detail: `${steps.stepsPerSecond.toLocaleString('en-US')} /s` }
    : { label: stepLabel, met: false, detail: steps.missing ? 'not measured: build missing' : `failed: ${steps.fail}` });
  return checks;
}

// One line per program a runner failed on or printed something else for.
function problemLines(rows) {
  const lines = [];
  for (const row of rows) {
    for (const name of ['python3', 'native', 'wasm']) {
      const c = row[name];
      if (c.state === 'fail' || c.state === 'mismatch') lines.push(`${row.name} / ${name}: ${c.state.toUpperCase()}: ${c.why}`);
    }
  }
  return lines;
}

// The stepping line of both reports.
function stepText(steps) {
  if (steps.stepsPerSecond === undefined) return `stepping: ${steps.missing ?? `FAIL: ${steps.fail}`}`;
  return `stepping (wasm in Node, step('into') on a generator pipeline): ${steps.stepsPerSecond.toLocaleString('en-US')} line steps/s; ` +
    `${steps.withSnapshotPerSecond.toLocaleString('en-US')}/s with the page's snapshot after each step`;
}

function printText({ rows, stats }, runnerList, size, cold, steps, checks, info, opts) {
  const header = ['program', 'python3 ms', 'native ms', 'native/py', 'wasm ms', 'wasm/py'];
  const body = rows.map((row) => {
    const py = cellText(row.python3);
    const nat = cellText(row.native);
    const wasm = cellText(row.wasm);
    return [row.name, row.python3.state === 'ok' ? py.ms : py.ratio, nat.ms, nat.ratio, wasm.ms, wasm.ratio];
  });
  const fmtGeo = (s) => (s.geomean === null ? '-' : fmtRatio(s.geomean));
  body.push(['geomean', '', '', fmtGeo(stats.native), '', fmtGeo(stats.wasm)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [];
  out.push(`yieldlab benchmark: ${info.date}, ${opts.reps} rep${opts.reps === 1 ? '' : 's'}, median wall-clock per process`);
  out.push(`machine: ${info.cpu}; ${info.node}; ${info.python}${info.commit ? `; commit ${info.commit}` : ''}; ${info.load}`);
  out.push(...info.warnings);
  out.push('');
  out.push(line(header));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body.slice(0, -1)) out.push(line(b));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  out.push(line(body.at(-1)));
  out.push('');
  for (const r of runnerList.slice(1)) {
    const s = stats[r.name];
    if (s.missing) { out.push(`${r.name}: ${s.missing}`); continue; }
    out.push(`${r.name}: geomean ${fmtGeo(s)} over ${s.measured} of ${s.total} programs` +
      (r.name === 'wasm' && s.worst ? `; worst ${fmtRatio(s.worst.ratio)} (${s.worst.name})` : ''));
  }
  const problems = problemLines(rows).map((l) => `  ${l}`);
  if (problems.length) out.push('', 'failures:', ...problems);
  out.push('');
  if (size.missing) out.push(`download: ${size.missing}`);
  else {
    out.push(`download: ${fmtKB(size.total)} gzipped (gzip -9: ${size.parts.map((p) => `${p.name} ${fmtKB(p.gz)} of ${fmtKB(p.raw)}`).join(', ')})`);
  }
  if (cold.ms !== undefined) {
    out.push(`cold start: ${fmtMs(cold.ms)} ms to load, instantiate and run \`pass\` (median of ${COLD_START_RUNS} fresh node processes; ${fmtMs(cold.uptimeMs)} ms including Node's own start-up)`);
  } else {
    out.push(`cold start: ${cold.missing ?? `FAIL: ${cold.fail}`}`);
  }
  out.push(stepText(steps));
  out.push('', 'targets (issue 6):');
  for (const c of checks) out.push(`  ${c.met ? 'met   ' : 'missed'}  ${c.label}: ${c.detail}`);
  console.log(out.join('\n'));
}

function printMarkdown({ rows, stats }, runnerList, size, cold, steps, checks, info, opts) {
  const out = [];
  out.push(`Measured ${info.date} on ${info.cpu}, ${info.node}, ${info.python}` +
    `${info.commit ? `, commit ${info.commit}` : ''}; median of ${opts.reps} interleaved run${opts.reps === 1 ? '' : 's'}, wall-clock per process.`);
  for (const w of info.warnings) out.push('', `**${w}**`);
  out.push('');
  out.push('| program | python3 ms | native ms | native / python3 | wasm ms | wasm / python3 |');
  out.push('|---|--:|--:|--:|--:|--:|');
  for (const row of rows) {
    const py = cellText(row.python3);
    const nat = cellText(row.native);
    const wasm = cellText(row.wasm);
    const bold = (t) => (/^[A-Z]/.test(t) ? `**${t}**` : t);
    out.push(`| ${row.name} | ${row.python3.state === 'ok' ? py.ms : bold(py.ratio)} | ${nat.ms} | ${bold(nat.ratio)} | ${wasm.ms} | ${bold(wasm.ratio)} |`);
  }
  const fmtGeo = (s) => (s.geomean === null ? '-' : `**${fmtRatio(s.geomean)}**`);
  out.push(`| geometric mean | | | ${fmtGeo(stats.native)} | | ${fmtGeo(stats.wasm)} |`);
  out.push('');
  if (size.missing) out.push(`- Download: ${size.missing}`);
  else out.push(`- Download: ${fmtKB(size.total)} gzipped (${size.parts.map((p) => `${p.name} ${fmtKB(p.gz)}`).join(' + ')})`);
  if (cold.ms !== undefined) out.push(`- Cold start in Node (load, instantiate, run \`pass\`): ${fmtMs(cold.ms)} ms`);
  else out.push(`- Cold start: ${cold.missing ?? `failed: ${cold.fail}`}`);
  const stepLine = stepText(steps);
  out.push(`- ${stepLine[0].toUpperCase()}${stepLine.slice(1)}`);
  if (stats.wasm.worst) out.push(`- Worst wasm ratio: ${fmtRatio(stats.wasm.worst.ratio)} (${stats.wasm.worst.name})`);
  for (const r of runnerList.slice(1)) if (r.missing) out.push(`- ${r.name}: ${r.missing}`);
  for (const line of problemLines(rows)) out.push(`- ${line}`);
  out.push('');
  out.push('| target (issue 6) | result | |');
  out.push('|---|---|---|');
  for (const c of checks) out.push(`| ${c.label} | ${c.detail} | ${c.met ? 'met' : '**missed**'} |`);
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------- main

const opts = parseArgs(process.argv.slice(2));
const python = findPython();
const progs = programs(opts.filters);
const runnerList = runners(python);
for (const r of runnerList) if (r.missing) console.error(`bench: ${r.name} skipped: ${r.missing}`);
console.error(`bench: ${progs.length} programs x ${runnerList.filter((r) => !r.missing).length} runners x ${opts.reps} reps (python3 is ${python.exe})`);

const loadBefore = os.loadavg()[0];
const buildsBefore = buildStamp();
const cells = measure(progs, runnerList, opts);
const loadAfter = os.loadavg()[0];
const rebuilt = buildStamp() !== buildsBefore;
const summary = summarize(progs, runnerList, cells);
const size = downloadSize();
const cold = size.missing ? { missing: size.missing } : coldStart();
const steps = size.missing ? { missing: size.missing } : stepRate();
const checks = targetChecks(summary.stats, size, cold, steps);
const load = loadNote(loadBefore, loadAfter);
const info = {
  ...machine(python),
  load: load.text,
  warnings: [load.warning, rebuilt && 'WARNING: a build changed while the benchmark ran; rerun it'].filter(Boolean),
};
(opts.markdown ? printMarkdown : printText)(summary, runnerList, size, cold, steps, checks, info, opts);

// Targets missed are a result, not an error; a program python3 cannot run is.
if (summary.rows.some((row) => row.python3.state !== 'ok')) process.exitCode = 1;
