// Runs programs off the page thread. A classic worker: the runtime is the
// Emscripten MODULARIZE script, loaded with importScripts from the URL the
// page sends (site/public/runtime/ in the build), so it is never bundled.
//
// In:  { type: 'run', seq, code, runtimeUrl, budget }
//      { type: 'warm', runtimeUrl }                load the runtime early
// Out: { seq, type: 'output', stdout, stderr }   as the program writes
//      { seq, type: 'done', status, error }      status: finished | error
//      { seq, type: 'fatal', message }           the runtime itself failed
// A newer 'run' supersedes the one in progress; its slices just stop.

const SLICE_MS = 30; // run this long between yields, so new messages get in

let runtime = null; // Promise of the Emscripten module, made on first use
let current = 0; // seq of the run allowed to continue
let session = null;

function loadRuntime(runtimeUrl) {
  runtime ??= (() => {
    if (!self.createYieldlab) importScripts(runtimeUrl);
    // locateFile: the .wasm sits next to the .js, wherever the page put it.
    return self.createYieldlab({ locateFile: (file) => new URL(file, runtimeUrl).href });
  })();
  return runtime;
}

function dropSession() {
  const old = session;
  session = null;
  try {
    old?.delete(); // Embind objects live on the wasm heap until deleted
  } catch (e) {
    // A trap while freeing leaves this instance's heap suspect; the next run
    // gets a fresh instance instead (the compiled code is cached by then).
    console.warn(`yieldlab: freeing a session trapped (${e?.message ?? e}); starting a fresh runtime`);
    runtime = null;
  }
}

async function start({ seq, code, runtimeUrl, budget }) {
  current = seq;
  let yl;
  try {
    yl = await loadRuntime(runtimeUrl);
  } catch (e) {
    postMessage({ seq, type: 'fatal', message: `could not load the runtime: ${e?.message ?? e}` });
    return;
  }
  if (seq !== current) return;
  dropSession();
  session = new yl.Session();
  const load = JSON.parse(session.load(code, 'main.py'));
  if (!load.ok) {
    // The SyntaxError traceback is queued on stderr; one run() hands it over.
    const r = JSON.parse(session.run(0));
    postMessage({ seq, type: 'output', stdout: r.stdout, stderr: r.stderr });
    postMessage({ seq, type: 'done', status: 'error', error: load.error });
    dropSession();
    return;
  }
  slices(seq, budget);
}

function slices(seq, budget) {
  if (seq !== current || !session) return;
  let stdout = '';
  let stderr = '';
  let r;
  const until = performance.now() + SLICE_MS;
  try {
    do {
      r = JSON.parse(session.run(budget));
      stdout += r.stdout;
      stderr += r.stderr;
    } while (r.status === 'paused' && performance.now() < until);
  } catch (e) {
    fatal(seq, e);
    return;
  }
  if (stdout || stderr) postMessage({ seq, type: 'output', stdout, stderr });
  if (r.status === 'paused') {
    setTimeout(slices, 0, seq, budget);
  } else {
    postMessage({ seq, type: 'done', status: r.status, error: r.error });
    dropSession();
  }
}

// A wasm trap or abort leaves the module unusable; the page replaces us.
function fatal(seq, e) {
  postMessage({ seq, type: 'fatal', message: String(e?.message ?? e) });
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg?.type === 'run') {
    start(msg).catch((e) => fatal(msg.seq, e));
  } else if (msg?.type === 'warm') {
    // Fetch and compile ahead of the first Run; a failure resurfaces there.
    try {
      loadRuntime(msg.runtimeUrl).catch(() => {});
    } catch {
      // importScripts failed; the first run tries again and reports it.
    }
  }
};
