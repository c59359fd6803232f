// Wires the page together: editor, Run/Stop, output pane, and the runner
// that talks to the worker. No runtime code runs on this thread.
import './style.css';
import { createEditor } from './editor.js';
import { createOutput } from './output.js';
import { createRunner } from './runner.js';
import { DEFAULT_PROGRAM } from './examples.js';
import { readSharedCode, writeSharedCode } from './share.js';
import { registerOffline } from './offline.js'; registerOffline(); // dist/sw.js: works offline after one visit

const $ = (id) => document.querySelector(`[data-testid="${id}"]`);
const runButton = $('run');
const stopButton = $('stop');
const status = $('status');
const output = createOutput($('output'));
const runner = createRunner();
const editor = createEditor($('editor'), {
  value: readSharedCode() ?? DEFAULT_PROGRAM,
  onRun: run,
});

let running = null; // { kill } while a program runs

function setStatus(text, kind = '') {
  status.textContent = text;
  status.dataset.kind = kind;
}

function setRunning(value) {
  running = value;
  stopButton.disabled = !value;
  document.body.classList.toggle('is-running', Boolean(value));
}

function run() {
  // A run in progress needs no kill: the runner drops its replies and the
  // worker abandons it when the new program arrives.
  output.clear();
  editor.clearError();
  setStatus('Running…', 'busy');
  const code = editor.getValue();
  writeSharedCode(code); // the address bar is now a link to this program
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;

  setRunning(runner.run(code, (event) => {
    switch (event.type) {
      case 'output':
        output.stdout(event.stdout);
        output.stderr(event.stderr);
        return;
      case 'done':
        if (event.status === 'error') {
          editor.showError(event.error);
          setStatus(`${event.error?.type ?? 'Error'} · ${elapsed()}`, 'error');
        } else {
          setStatus(`Finished · ${elapsed()}`, 'ok');
        }
        break;
      case 'killed':
        output.note('\n[stopped]\n');
        setStatus(`Stopped · ${elapsed()}`, 'error');
        break;
      case 'fatal':
        output.note(`\n[yieldlab: ${event.message}]\n`);
        setStatus('Runtime failure', 'error');
        break;
    }
    setRunning(null);
  }));
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => running?.kill());
$('clear').addEventListener('click', () => output.clear());
runButton.disabled = false; // the editor exists: there is something to run
editor.focus();
