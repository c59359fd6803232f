// Runs programs off the page thread, in slices of SLICE_MS, so a message from
// the page (Stop, a newer task) gets in between two slices. A classic worker:
// the runtime is the Emscripten MODULARIZE script, loaded with importScripts
// from the URL the page sends (site/public/runtime/ in the build).
//
// Every task message carries a seq; every reply to it carries the same seq.
// A newer task supersedes the one in progress (its slices just stop), so the
// page only has to drop replies whose seq is not its newest.
//
// In:  { type: 'init', runtimeUrl }                      load the runtime early
//      { type: 'load', seq, code, breakpoints, then, thenEval? }
//                                                        new session; then 'run' | 'step' | 'none';
//                                                        thenEval: a console line to run after it
//      { type: 'run', seq }                              run on (stops at breakpoints)
//      { type: 'step', seq, kind }                       'into' | 'over' | 'out'
//      { type: 'generator', seq, id, action, arg, then } a card's next/send/throw/close
//      { type: 'eval', seq, source, then }               a console line
//      { type: 'input', seq, line, then }                the line input() waits for
//      { type: 'measure', seq, code }                    run alone and report its cost (Compare)
//      { type: 'breakpoints', lines }                    no reply
//      { type: 'stop', seq }                             end task seq after its current slice
//      { type: 'reset' }                                 drop the session; no reply
// Out: { seq, type: 'output', stdout, stderr }
//      { seq, type: 'progress', instructions, live, peak, objects, samples }
//      { seq, type: 'done', result, snapshot, instructions, samples }
//               result: as session.run() answers; instructions: executed by the session so
//               far (exact: every session answer says); samples: [{ i, live, peak }] memory
//               since the last message
//      { seq, type: 'measured', result }                        see measure()
//      { seq, type: 'fatal', message }                          the runtime itself failed

const SLICE_MS = 25;
// Instructions per run() call. A run starts with small calls that double up
// to SAMPLE_BUDGET: a short program gets several memory samples, a long one
// does not pay for them. Memory is sampled after each of those small calls,
// then whenever the last sample is old enough that sampling (it walks the
// heap) costs at most about 5% of the time. Calls stay at SAMPLE_BUDGET for
// the first DETAILED instructions, so the chart of a program of a few
// million instructions keeps its detail, then double up to RUN_BUDGET: each
// call's JSON round trip costs ~10 us, a tenth of a 10,000-instruction call
// but ~2% of a RUN_BUDGET call (about half a millisecond, well inside SLICE_MS).
const FIRST_BUDGET = 64;
const SAMPLE_BUDGET = 10_000;
const DETAILED = 2_000_000;
const RUN_BUDGET = 100_000;
const STEP_BUDGET = 100_000; // per step() call while looking for the next stop
// Past these the program gets MemoryError / an output-limit RuntimeError and
// the page stays responsive; the instruction budget bounds each slice.
const LIMITS = JSON.stringify({ memory: 256 * 1024 * 1024, output: 4 * 1024 * 1024 });

let runtimeUrl = null;
let runtime = null; // Promise of the Emscripten module, made on first use
let session = null;
let breakpoints = '[]';
let current = 0; // seq of the task allowed to continue
let stopAsked = 0; // seq of a task the page asked to stop
let instructions = 0; // executed by this session, as its last answer said
let out = '';
let err = '';
let samples = []; // memory over instructions since the last message: [{ i, live, peak }]

// Yields to the event loop without setTimeout's 4 ms clamp on nested timers.
const channel = new MessageChannel();
const queued = [];
channel.port1.onmessage = () => queued.shift()?.();
function later(fn) {
  queued.push(fn);
  channel.port2.postMessage(0);
}

function loadRuntime() {
  runtime ??= (() => {
    if (!self.createYieldlab) importScripts(runtimeUrl);
    // locateFile: the .wasm sits next to the .js, wherever the page put it.
    return self.createYieldlab({ locateFile: (file) => new URL(file, runtimeUrl).href });
  })();
  return runtime;
}

function free(s) {
  try {
    s?.delete(); // Embind objects live on the wasm heap until deleted
  } catch (e) {
    // A trap while freeing leaves this instance's heap suspect; the next
    // session gets a fresh instance (the compiled code is cached by then).
    console.warn(`yieldlab: freeing a session trapped (${e?.message ?? e}); starting a fresh runtime`);
    runtime = null;
  }
}

function dropSession() {
  const old = session;
  session = null;
  free(old);
}

// A session answer, with its output moved to the outgoing buffers.
function call(text) {
  const r = JSON.parse(text);
  out += r.stdout ?? '';
  err += r.stderr ?? '';
  if (typeof r.instructions === 'number') instructions = r.instructions;
  delete r.stdout;
  delete r.stderr;
  return r;
}

function flushOutput(seq) {
  if (!out && !err) return;
  postMessage({ seq, type: 'output', stdout: out, stderr: err });
  out = '';
  err = '';
}

let sampleCost = 0; // ms the last memory() call took
let lastSample = 0;

function sample(m) {
  if (!m) {
    const t = performance.now();
    m = JSON.parse(session.memory());
    lastSample = performance.now();
    sampleCost = lastSample - t;
  }
  samples.push({ i: instructions, live: m.live_bytes, peak: m.peak_bytes });
  return m;
}

const sampleDue = () => performance.now() - lastSample > Math.max(1, 20 * sampleCost);

function progress(seq) {
  const m = sample();
  postMessage({ seq, type: 'progress', instructions, live: m.live_bytes, peak: m.peak_bytes, objects: m.live_objects, samples });
  samples = [];
}

function done(seq, result) {
  const snapshot = session ? call(session.snapshot()) : null;
  if (snapshot) sample(snapshot.memory);
  flushOutput(seq);
  postMessage({ seq, type: 'done', result, snapshot, instructions, samples });
  samples = [];
}

function fatal(seq, e) {
  // A wasm trap or abort leaves the module unusable; the page replaces us.
  postMessage({ seq, type: 'fatal', message: String(e?.message ?? e) });
}

// Runs `advance` (one session call; returns the final result, or null to go
// on) in slices until it finishes, a newer task arrives, or Stop is asked.
function drive(seq, advance) {
  if (seq !== current) return;
  if (stopAsked === seq) {
    done(seq, { status: 'paused', error: null, stop: { reason: 'stopped' }, job: null, value: null });
    return;
  }
  let result = null;
  try {
    const until = performance.now() + SLICE_MS;
    do result = advance();
    while (!result && performance.now() < until);
    flushOutput(seq);
    if (result) done(seq, result);
    else progress(seq);
  } catch (e) {
    fatal(seq, e);
    return;
  }
  if (!result) later(() => drive(seq, advance));
}

function runner() {
  let budget = FIRST_BUDGET;
  let ran = 0;
  return () => {
    const r = call(session.run(budget));
    if (r.status !== 'paused' || r.stop) return r; // ended, input, or a breakpoint
    // While the budget still ramps up every call is sampled, so even a
    // program that ends within a millisecond draws a chart of several points;
    // after that, sampling is paced by its cost.
    if (budget < SAMPLE_BUDGET || sampleDue()) sample();
    ran += budget;
    budget = Math.min(ran < DETAILED ? SAMPLE_BUDGET : RUN_BUDGET, budget * 2);
    return null;
  };
}

// Steps by line. The session's over/out are relative to where a call
// starts, so a step that needs more than one call (a long line) keeps its
// own target depth and chooses each call's kind to stop no later than it.
function stepper(kind, { fresh = false } = {}) {
  let depth = 0;
  let target = Infinity; // 'into' stops at the next line, at any depth
  let first = true;
  return () => {
    if (first && !fresh) {
      // A zero budget only reports where we stand (the very first call after
      // a run can instead stop on the line it stands on: that is the step).
      const probe = call(session.step('into', 0));
      if (probe.stop?.reason === 'step') return probe;
      depth = probe.stop?.depth ?? 0;
      if (kind === 'over') target = depth;
      if (kind === 'out') target = depth - 1;
    }
    const k = first ? kind : depth === target ? 'over' : depth > target ? 'out' : 'into';
    const r = call(session.step(k, STEP_BUDGET));
    first = false;
    if (r.status !== 'paused') return r;
    if (r.stop?.reason === 'step' && r.stop.depth <= target) return r;
    depth = r.stop?.depth ?? depth;
    return null;
  };
}

async function load(msg) {
  const { seq, code, then } = msg;
  const yl = await loadRuntime();
  if (seq !== current) return;
  dropSession();
  instructions = 0;
  samples = [];
  session = new yl.Session();
  session.setLimits(LIMITS);
  if (msg.breakpoints) breakpoints = JSON.stringify(msg.breakpoints);
  session.setBreakpoints(breakpoints);
  const loaded = JSON.parse(session.load(code, 'main.py'));
  progress(seq);
  if (!loaded.ok) {
    // The SyntaxError traceback is queued on stderr; the snapshot hands it over.
    done(seq, { status: 'error', error: loaded.error, stop: null, job: 'program', value: null });
  } else if (msg.thenEval !== undefined) {
    call(session.run(1e6)); // the program first (the console starts on an empty one)
    job(seq, session.eval(msg.thenEval), 'run');
  } else if (then === 'none') {
    done(seq, { status: 'paused', error: null, stop: null, job: 'program', value: null });
  } else {
    drive(seq, then === 'step' ? stepper('into', { fresh: true }) : runner());
  }
}

// A job (card action, console line) starts at once or fails at once.
function job(seq, started, then) {
  const r = JSON.parse(started);
  if (!r.ok) {
    done(seq, { status: 'error', error: r.error, stop: null, job: 'job', value: null });
  } else if (r.done) {
    done(seq, { status: 'finished', error: null, stop: null, job: 'job', value: null });
  } else if (then === 'step') {
    // The job already stands in the generator, on the line it resumes at:
    // that is the first stop (as a fresh program stops on its first line).
    const here = call(session.step('into', 0));
    done(seq, { ...here, stop: { ...here.stop, reason: 'step' } });
  } else {
    drive(seq, runner());
  }
}

// ---- Compare: one program alone in a throwaway session ----

async function measure({ seq, code }) {
  const yl = await loadRuntime();
  if (seq !== current) return;
  const s = new yl.Session();
  s.setLimits(LIMITS);
  const loaded = JSON.parse(s.load(code, 'main.py'));
  const base = JSON.parse(s.memory());
  s.resetPeak();
  let text = '';
  const keep = (r) => {
    if (text.length < 4000) text = (text + r.stdout + r.stderr).slice(0, 4000);
    return r;
  };
  let ms = 0;
  const finish = (r) => {
    const m = JSON.parse(s.memory());
    const result = {
      status: r.status,
      error: r.error,
      output: text,
      ms,
      instructions: r.status === 'paused' ? null : r.instructions, // counted from the session's start
      peakBytes: m.peak_bytes - base.live_bytes,
      peakObjects: m.peak_objects - base.live_objects,
    };
    free(s);
    postMessage({ seq, type: 'measured', result });
  };
  if (!loaded.ok) {
    // The SyntaxError traceback is queued on stderr; run() hands it over.
    finish({ ...keep(JSON.parse(s.run(0))), status: 'error', error: loaded.error });
    return;
  }
  const slice = () => {
    if (seq !== current || stopAsked === seq) {
      finish({ status: 'paused', error: { type: 'Stopped', message: 'stopped before the end' } });
      return;
    }
    const until = performance.now() + SLICE_MS;
    let r;
    do {
      const t = performance.now();
      r = keep(JSON.parse(s.run(RUN_BUDGET)));
      ms += performance.now() - t;
    } while (r.status === 'paused' && performance.now() < until);
    if (r.status === 'paused') {
      postMessage({ seq, type: 'progress', ms });
      later(slice);
    } else {
      finish(r);
    }
  };
  slice();
}

// ---- messages ----

function begin(msg) {
  current = msg.seq;
  switch (msg.type) {
    case 'load':
      return load(msg);
    case 'measure':
      return measure(msg);
  }
  if (!session) {
    done(msg.seq, { status: 'error', error: { type: 'RuntimeError', message: 'no program is loaded' }, stop: null, job: null, value: null });
    return;
  }
  switch (msg.type) {
    case 'run':
      return drive(msg.seq, runner());
    case 'step':
      return drive(msg.seq, stepper(msg.kind));
    case 'generator':
      return job(msg.seq, session.generator(msg.id, msg.action, msg.arg ?? ''), msg.then);
    case 'eval':
      return job(msg.seq, session.eval(msg.source), msg.then);
    case 'input':
      session.provideInput(msg.line);
      return drive(msg.seq, msg.then === 'step' ? stepper('over') : runner());
  }
}

self.onmessage = ({ data: msg }) => {
  switch (msg?.type) {
    case 'init':
      runtimeUrl = msg.runtimeUrl;
      // Fetch and compile ahead of the first task; a failure resurfaces there.
      try {
        loadRuntime().catch(() => {});
      } catch {
        runtime = null;
      }
      return;
    case 'breakpoints':
      breakpoints = JSON.stringify(msg.lines);
      session?.setBreakpoints(breakpoints);
      return;
    case 'stop':
      stopAsked = msg.seq;
      return;
    case 'reset':
      current = 0;
      dropSession();
      return;
    default:
      Promise.resolve()
        .then(() => begin(msg))
        .catch((e) => fatal(msg.seq, e));
  }
};
