// The page's side of the runtime worker (site/src/worker.js).
//
// task(message, onEvent) sends one task; its replies reach onEvent until it
// ends ('done', 'measured', 'fatal' or 'killed'). Every task gets a sequence
// number and only the newest task's replies are delivered, so a reply that
// was already in flight for an older task is dropped.
//
// stop() first asks the worker to end the task after its current slice; if
// no answer comes within STOP_GRACE_MS (a single call that runs long, a
// trapped runtime) the worker is terminated and a fresh one started: the
// task then ends with 'killed' and the session is gone.
import RuntimeWorker from './worker.js?worker';
import { runtimeUrl as defaultRuntimeUrl } from './runtime-url.js';

const STOP_GRACE_MS = 150;
const FINAL = new Set(['done', 'measured', 'fatal']);

// runtimeUrl: where the Emscripten script is (runtime-url.js); an absolute
// URL, so it works from inside the worker. createWorker: how to start the
// worker (the widget starts it its own way when embedded in another origin).
export function createRuntime({ runtimeUrl = defaultRuntimeUrl(), createWorker = () => new RuntimeWorker() } = {}) {
  let worker = null;
  let seq = 0;
  let active = null; // { seq, onEvent } of the task that may still report
  let stopTimer = 0;

  function spawn() {
    worker = createWorker();
    worker.onmessage = ({ data }) => {
      if (!active || data.seq !== active.seq) return; // stale reply
      const { onEvent } = active;
      if (FINAL.has(data.type)) end();
      if (data.type === 'fatal') restart();
      onEvent(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const task = active;
      end();
      restart();
      task?.onEvent({ type: 'fatal', message: event.message || 'the runtime worker failed' });
    };
    worker.postMessage({ type: 'init', runtimeUrl });
  }

  function restart() {
    worker?.terminate();
    spawn();
  }

  function end() {
    active = null;
    clearTimeout(stopTimer);
    stopTimer = 0;
  }

  spawn(); // early, so the runtime is compiled by the first click
  return {
    task(message, onEvent) {
      end();
      active = { seq: ++seq, onEvent };
      worker.postMessage({ ...message, seq: active.seq });
      return active.seq;
    },
    // Messages with no reply (breakpoints, reset).
    post(message) {
      worker.postMessage(message);
    },
    busy: () => Boolean(active),
    current: () => active?.seq ?? null, // the task that may still report
    stop() {
      if (!active || stopTimer) return;
      const task = active;
      worker.postMessage({ type: 'stop', seq: task.seq });
      stopTimer = setTimeout(() => {
        stopTimer = 0;
        if (active !== task) return;
        end();
        restart();
        task.onEvent({ type: 'killed' });
      }, STOP_GRACE_MS);
    },
    // Starts over with a fresh worker (and a fresh runtime instance).
    restart() {
      const task = active;
      end();
      restart();
      task?.onEvent({ type: 'killed' });
    },
  };
}
