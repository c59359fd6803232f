// The playground's controller: what each control does, what mode the
// program is in, and what every panel shows. The runtime lives in the worker
// (runtime.js); this side only sends tasks and renders the answers.
//
// Modes:  idle    nothing loaded (or the runtime was restarted)
//         busy    a task runs in the worker (Stop is the only way in)
//         paused  stepping: the program stands on a line
//         input   the program waits for input() (the console answers it)
//         ended   the program finished, failed or was stopped; its globals
//                 stay alive for the console and the generator cards
// Back walks through `history`, the snapshots recorded at each stop of this
// stepping session; nothing is re-run to show the past.
import { formatBytes, formatMs } from './dom.js';
import { trackYields } from './panels/generators.js';
import { createSeries } from './panels/chart.js';

// What a card's action means in Python, for the output: `g.send(5)` when a
// variable holds the generator, else the generator's name and id.
function callText(snapshot, id, action, arg) {
  const frames = snapshot?.frames ?? [];
  const holder = [...frames.flatMap((f) => f.locals ?? []), ...(snapshot?.globals ?? [])].find((v) => v.generator === id);
  const gen = snapshot?.generators?.find((g) => g.id === id);
  const name = holder?.name ?? `<${gen?.qualname ?? 'generator'} #${id}>`;
  return action === 'next' ? `next(${name})` : `${name}.${action}(${arg})`;
}

const MAX_HISTORY = 2000;

export function createPlayground({ runtime, editor, output, console: cons, panels, status, progress }) {
  let mode = 'idle';
  let busyWith = null; // 'run' | 'step' while busy
  let history = []; // [{ snapshot, yields, line, mark, at, status }], oldest first
  let view = -1; // index into history while looking back; -1 = the present
  let yields = new Map();
  let latest = null; // the present, as a history-like entry
  let edited = false; // the code changed since it was loaded
  let inputThen = 'run';
  let afterJob = 'ended'; // the mode to return to when a console line or card action ends
  const series = createSeries();
  let controls = null;
  let started = 0; // when the task in the worker began
  let count = 0; // instructions the session has executed, as the worker last said
  let countBefore = 0; // `count` when the task in the worker began
  let stepNote = ''; // what the last step cost, beside the count

  // ---- what the page shows ----

  function setStatus(text, kind = '') {
    status.textContent = text;
    status.dataset.kind = kind;
  }

  let countLabel = '';
  let progressFrame = 0;
  let progressValue = null;
  function drawProgress() {
    progressFrame = 0;
    const { live, peak, objects } = progressValue;
    progress.textContent = `${countLabel}${stepNote} · ${formatBytes(live)} live`;
    panels.memory.counters({ live, peak, objects });
    if (mode === 'busy') panels.memory.chart(series.points(), null, countLabel);
  }

  // Progress comes once per slice; the page redraws at most once per frame,
  // except at the end of a task (`now`), so the read-out never lags the mode.
  // Counts are exact (the session reports them), so they are shown in full.
  function showProgress(p, now = false) {
    progressValue = p;
    count = p.instructions;
    countLabel = `${count.toLocaleString('en-US')} instructions`;
    if (now) drawProgress();
    else progressFrame ||= requestAnimationFrame(drawProgress);
  }

  function refresh() {
    const past = view >= 0;
    const shown = past ? history[view] : latest;
    const canAct = !past && (mode === 'paused' || mode === 'ended');
    const snapshot = shown?.snapshot;
    panels.generators.render(snapshot?.generators ?? [], shown?.yields ?? new Map(), canAct, snapshot?.frames, snapshot?.globals);
    panels.stack.render(snapshot?.frames ?? [], snapshot?.globals ?? []);
    panels.memory.render(shown?.snapshot?.memory);
    panels.memory.chart(series.points(), past ? shown.at : null, countLabel);
    editor.showCurrentLine(mode === 'paused' || past ? shown?.line : null, { past });
    if (past) {
      output.showUpTo(shown.mark);
      setStatus(`Back: step ${view + 1} of ${history.length} (line ${shown.line ?? '?'}), as it was`, 'past');
    } else {
      output.showAll();
    }
    cons.setMode(mode === 'input' ? 'input' : 'eval', { disabled: past || mode === 'busy' });
    const idle = mode !== 'busy';
    controls?.set({
      run: true,
      continue: idle && mode !== 'input',
      'step-into': idle && mode !== 'input',
      'step-over': idle && mode !== 'input',
      'step-out': idle && mode !== 'input',
      back: idle && history.length > 1 && view !== 0,
      stop: mode === 'busy' || mode === 'paused' || mode === 'input',
      reset: true,
    });
    document.body.dataset.mode = past ? 'past' : mode;
  }

  // The line a snapshot stands on: the innermost Python frame's.
  const lineOf = (snapshot) => snapshot?.frames?.find((f) => !f.native)?.line ?? null;

  // Memory samples go on the chart as they come.
  const addSamples = (samples = []) => samples.forEach(series.add);

  // `at`: the instruction count of the stop, where the chart marks it for Back.
  function record(snapshot, result, samples, at) {
    yields = trackYields(yields, snapshot?.generators ?? []);
    addSamples(samples);
    latest = { snapshot, yields, line: result.stop?.line || lineOf(snapshot), mark: output.mark(), at };
  }

  // A long stepping session keeps its last MAX_HISTORY stops for Back.
  function remember(entry) {
    history.push(entry);
    if (history.length > MAX_HISTORY) history.shift();
  }

  // ---- talking to the worker ----

  function send(message, kind) {
    mode = 'busy';
    busyWith = kind;
    view = -1;
    refresh();
    setStatus(kind === 'run' ? 'Running…' : 'Stepping…', 'busy');
    started = performance.now();
    countBefore = count;
    stepNote = '';
    runtime.task(message, onEvent);
  }

  // A fresh program: output, history, chart and yields start over.
  function load(then) {
    output.clear();
    editor.clearError();
    history = [];
    yields = new Map();
    latest = null;
    series.clear();
    edited = false;
    progress.textContent = '';
    count = 0; // a new session counts from zero
    send({ type: 'load', code: editor.getValue(), breakpoints: editor.breakpoints(), then }, then === 'step' ? 'step' : 'run');
  }

  function onEvent(event) {
    switch (event.type) {
      case 'output':
        output.stdout(event.stdout);
        output.stderr(event.stderr);
        return;
      case 'progress':
        addSamples(event.samples);
        showProgress(event);
        return;
      case 'done':
        finished(event);
        return;
      case 'killed':
        output.note('\n[stopped]\n');
        lost('Stopped. The runtime was restarted, so the program is gone.');
        return;
      case 'fatal':
        output.note(`\n[yieldlab: ${event.message}]\n`);
        lost(`Runtime failure: ${event.message}`);
        return;
    }
  }

  // The worker (and with it the session) is gone.
  function lost(text) {
    output.flush();
    mode = 'idle';
    latest = null;
    history = [];
    refresh();
    setStatus(text, 'error');
  }

  function finished({ result, snapshot, instructions, samples }) {
    if (snapshot) {
      output.stdout(snapshot.stdout);
      output.stderr(snapshot.stderr);
    }
    const wasStepping = busyWith === 'step';
    const inJob = result.job && result.job !== 'program';
    record(snapshot, result, samples, instructions);
    if (wasStepping) stepNote = ` (+${(instructions - countBefore).toLocaleString('en-US')} this step)`;
    const m = snapshot?.memory;
    if (m) showProgress({ instructions, live: m.live_bytes, peak: m.peak_bytes, objects: m.live_objects }, true);
    if (result.status === 'input') {
      mode = 'input';
      inputThen = wasStepping ? 'step' : 'run';
      setStatus('Waiting for input()', 'busy');
    } else if (result.status === 'paused') {
      mode = 'paused';
      const where = latest.line ? `line ${latest.line}` : 'a built-in';
      const fn = result.stop?.function && result.stop.function !== '<module>' ? ` in ${result.stop.function}()` : '';
      if (result.stop?.reason === 'stopped') {
        output.note('\n[stopped]\n');
        latest.mark = output.mark();
        setStatus(`Stopped at ${where}${fn}: step on, Continue, or Run again`, 'error');
      } else if (result.stop?.reason === 'breakpoint') {
        setStatus(`Breakpoint: ${where}${fn}`, 'paused');
      } else {
        setStatus(`Paused at ${where}${fn}`, 'paused');
      }
      remember(latest);
    } else if (inJob) {
      // A console line or card action ended; the program is as it was.
      if (result.value !== null && result.value !== undefined && result.job === 'generator') output.note(`→ ${result.value}\n`);
      latest.mark = output.mark();
      mode = afterJob;
      if (result.status === 'error') setStatus(`${result.error.type}: ${result.error.message}`, 'error');
      else setStatus(mode === 'paused' ? `Done; still paused at line ${latest.line}` : 'Done', 'ok');
      if (result.status === 'error' && result.job === 'generator') editor.showError(result.error);
      if (mode === 'paused') remember(latest);
    } else {
      mode = 'ended';
      if (result.status === 'error') {
        editor.showError(result.error);
        setStatus(`${result.error.type}: ${result.error.message}`, 'error');
      } else {
        setStatus(`Finished in ${formatMs(performance.now() - started)}`, 'ok');
      }
    }
    latest.status = { text: status.textContent, kind: status.dataset.kind };
    output.flush();
    refresh();
  }

  // ---- the controls ----

  const fresh = () => mode === 'idle' || mode === 'ended' || edited;

  function step(kind) {
    if (view >= 0) {
      // Replaying recorded steps forwards.
      view = view + 1 < history.length - 1 ? view + 1 : -1;
      refresh();
      if (view < 0) setStatus(latest.status.text, latest.status.kind);
      return;
    }
    if (fresh()) load('step');
    else send({ type: 'step', kind }, 'step');
  }

  const actions = {
    run: () => load('run'),
    continue() {
      view = -1;
      if (mode === 'paused' && !edited) send({ type: 'run' }, 'run');
      else load('run');
    },
    'step-into': () => step('into'),
    'step-over': () => step('over'),
    'step-out': () => step('out'),
    back() {
      if (history.length < 2) return;
      view = view < 0 ? history.length - 2 : Math.max(0, view - 1);
      refresh();
    },
    stop() {
      if (mode === 'busy') {
        runtime.stop();
        return;
      }
      // Ends a stepping session; the globals stay for the console and cards.
      mode = 'ended';
      view = -1;
      refresh();
      setStatus('Stopped', 'error');
    },
    reset() {
      if (mode === 'busy') runtime.restart();
      else runtime.post({ type: 'reset' });
      mode = 'idle';
      view = -1;
      history = [];
      latest = null;
      yields = new Map();
      series.clear();
      output.clear();
      editor.clearError();
      progress.textContent = '';
      count = 0;
      stepNote = '';
      refresh();
      setStatus('');
    },
  };

  return {
    actions,
    attach(c) {
      controls = c;
      refresh();
    },
    // A card's button: run the action (stepping into it while paused).
    generatorAction(id, action, arg) {
      if (view >= 0 || (mode !== 'paused' && mode !== 'ended')) return;
      const shownArg = action === 'send' || action === 'throw' ? arg || (action === 'send' ? 'None' : 'ValueError') : '';
      output.echo(`${callText(latest?.snapshot, id, action, shownArg)}\n`);
      afterJob = mode;
      send({ type: 'generator', id, action, arg: shownArg, then: mode === 'paused' ? 'step' : 'run' }, mode === 'paused' ? 'step' : 'run');
    },
    // The console line: Python on the program's globals, or input() text.
    consoleLine(line) {
      if (mode === 'input') {
        output.echo(`${line}\n`);
        send({ type: 'input', line, then: inputThen }, inputThen);
        return;
      }
      if (mode === 'busy' || view >= 0) return;
      output.echo(`>>> ${line}\n`);
      afterJob = mode === 'paused' ? 'paused' : 'ended';
      if (mode === 'idle') {
        // Nothing loaded yet: the console starts on an empty program.
        history = [];
        send({ type: 'load', code: '', breakpoints: [], then: 'none', thenEval: line }, 'run');
        return;
      }
      send({ type: 'eval', source: line, then: 'run' }, 'run');
    },
    setBreakpoints(lines) {
      runtime.post({ type: 'breakpoints', lines });
    },
    codeChanged() {
      if (mode === 'idle' || edited) return;
      edited = true;
      if (mode === 'paused') setStatus('The code changed: the next step or Run starts it over', 'paused');
    },
    refresh,
  };
}
