// Run-to-the-end on top of the runtime worker, for the embeddable widget:
// run(code, onEvent) -> { kill }. onEvent gets { type: 'output', stdout,
// stderr }, then one of { type: 'done', status, error } (status: finished |
// error | input), { type: 'killed' } or { type: 'fatal', message }.
// kill() restarts the worker: the one stop that always works at once.
import { createRuntime } from './runtime.js';

export function createRunner({ runtimeUrl } = {}) {
  const runtime = createRuntime({ runtimeUrl });
  return {
    run(code, onEvent) {
      const seq = runtime.task({ type: 'load', code, then: 'run' }, (event) => {
        if (event.type === 'done') onEvent({ type: 'done', status: event.result.status, error: event.result.error });
        else if (event.type !== 'progress') onEvent(event);
      });
      return {
        kill() {
          if (runtime.current() === seq) runtime.restart();
        },
      };
    },
  };
}
