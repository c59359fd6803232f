// The page's side of the worker: run(code, onEvent) -> { kill }.
// Every run gets a sequence number and only the newest run's replies reach
// its onEvent, so a reply that was already in flight for an older run is
// dropped. kill() terminates the worker (the one stop that always works, even
// mid-slice); the next run starts a fresh one.
import RuntimeWorker from './worker.js?worker';
import { runtimeUrl as defaultRuntimeUrl } from './runtime-url.js';

const BUDGET = 100_000; // instructions per run() slice

export function createRunner({ runtimeUrl = defaultRuntimeUrl() } = {}) {
  // The runtime ships as static files next to index.html (see
  // scripts/copy-runtime.mjs); an absolute URL works from inside the worker.
  let worker = null;
  let seq = 0;
  let active = null; // { seq, onEvent } of the run that may still report

  function spawn() {
    worker = new RuntimeWorker();
    worker.onmessage = ({ data }) => {
      if (!active || data.seq !== active.seq) return; // stale reply
      const { onEvent } = active;
      if (data.type === 'done' || data.type === 'fatal') active = null;
      if (data.type === 'fatal') recycle();
      onEvent(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const run = active;
      active = null;
      recycle();
      run?.onEvent({ type: 'fatal', message: event.message || 'the runtime worker failed' });
    };
  }

  function recycle() {
    worker?.terminate();
    worker = null;
  }

  function run(code, onEvent) {
    if (!worker) spawn();
    const mine = ++seq;
    active = { seq: mine, onEvent };
    worker.postMessage({ type: 'run', seq: mine, code, runtimeUrl, budget: BUDGET });
    return {
      kill() {
        if (active?.seq !== mine) return; // already over, or superseded
        active = null;
        recycle();
        onEvent({ type: 'killed' });
      },
    };
  }

  // Start the worker early so the runtime is warm by the first click.
  spawn();
  worker.postMessage({ type: 'warm', runtimeUrl });
  return { run };
}
