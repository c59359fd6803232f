// <yieldlab-run>: a code block that runs. The element's own text (usually a
// <pre><code> block the docs page already has) is the program; once the
// element is defined it shows an editable copy with Run / Stop / Reset, the
// output underneath, and Next / Send / Close for every generator the program
// left alive. Without JavaScript the original block stays visible.
//
// Each widget has its own runtime worker (so two widgets never cancel each
// other's runs), made on first interest (hover, focus, Run) so a page full
// of examples costs nothing until someone uses one. The session stays alive
// after a run, which is what the generator buttons act on.
import { createRuntime } from '../runtime.js';
import { createOutput } from '../output.js';
import { runtimeUrl } from '../runtime-url.js';
import { createGeneratorStrip } from './generators.js';
import { startWorker } from './start-worker.js';
import workerUrl from '../worker.js?worker&url';
import css from './widget.css?inline';

const MARKUP = `
<div class="frame" part="frame">
  <div class="bar">
    <span class="label">Python</span>
    <span class="status" aria-live="polite"></span>
    <button type="button" class="reset" title="Put the original code back">Reset</button>
    <button type="button" class="stop" disabled>Stop</button>
    <button type="button" class="run" title="Run (Ctrl+Enter)">Run</button>
  </div>
  <textarea class="code" spellcheck="false" autocapitalize="off" autocomplete="off"
            aria-label="Python code"></textarea>
  <pre class="output" tabindex="0" aria-label="Output"></pre>
  <ul class="gens" aria-label="Generators" hidden></ul>
</div>`;

const INDENT = '    ';

let template = null; // parsed once, cloned into every widget

function cloneTemplate() {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = MARKUP;
  }
  return template.content.cloneNode(true);
}

// The program a code block holds: its text with the common indentation and
// the blank lines around it removed (HTML source is often indented).
export function codeOf(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines.at(-1).trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

export class YieldlabRun extends HTMLElement {
  // Set by the entry module: the URL that runtime/ is relative to.
  static base = undefined;

  #runtime = null;
  #original = '';
  #ui = null;
  #escaped = false; // Esc was the last key: the next Tab leaves the box

  connectedCallback() {
    if (this.#ui) return; // moved in the page: keep state as it is
    this.#original = codeOf(this.#sourceBlock().textContent);
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style, cloneTemplate());
    const $ = (selector) => root.querySelector(selector);
    this.#ui = {
      code: $('.code'),
      run: $('.run'),
      stop: $('.stop'),
      reset: $('.reset'),
      status: $('.status'),
      output: createOutput($('.output')),
      gens: createGeneratorStrip($('.gens'), (id, action, arg) => this.#generatorAction(id, action, arg)),
    };
    const { code, run, stop, reset } = this.#ui;
    code.value = this.#original;
    this.#fitHeight();
    code.addEventListener('input', () => this.#fitHeight());
    code.addEventListener('keydown', (event) => this.#onKey(event));
    run.addEventListener('click', () => this.run());
    stop.addEventListener('click', () => this.#runtime?.stop());
    reset.addEventListener('click', () => {
      code.value = this.#original;
      this.#fitHeight();
    });
    // Warm the runtime when someone shows interest, before the first click.
    const warm = () => this.#ensureRuntime();
    this.addEventListener('pointerenter', warm, { once: true });
    this.addEventListener('focusin', warm, { once: true });
  }

  // The code block inside, so the markup's own indentation around a <pre>
  // does not count as the program's; bare text works too.
  #sourceBlock() {
    return this.querySelector('pre') ?? this.querySelector('code') ?? this;
  }

  run() {
    this.#ui.output.clear();
    this.#start({ type: 'load', code: this.#ui.code.value, then: 'run' });
  }

  // A generator row's button: a job on the session the last run left.
  #generatorAction(id, action, arg) {
    if (this.#runtime?.busy()) return;
    this.#start({ type: 'generator', id, action, arg, then: 'run' });
  }

  // Sends one task to the worker and reflects its events here.
  #start(task) {
    const { output, gens } = this.#ui;
    this.#setStatus('Running…', 'busy');
    this.#setRunning(true);
    gens.render([], false);
    const started = performance.now();
    const elapsed = () => `${Math.round(performance.now() - started)} ms`;
    this.#ensureRuntime().task(task, (event) => {
      switch (event.type) {
        case 'output':
          output.stdout(event.stdout);
          output.stderr(event.stderr);
          return;
        case 'progress':
          return;
        case 'done': {
          const { result, snapshot } = event;
          if (result.job === 'generator' && result.value !== null) output.note(`→ ${result.value}\n`);
          if (result.stop?.reason === 'stopped') {
            output.note('\n[stopped]\n');
            this.#setStatus('Stopped', 'error');
          } else if (result.status === 'error') {
            this.#setStatus(result.error?.type ?? 'Error', 'error');
          } else if (result.status === 'input') {
            output.note('\n[input() has no input box here]\n');
            this.#setStatus('Waiting for input', 'error');
          } else {
            this.#setStatus(`Finished · ${elapsed()}`, 'ok');
          }
          // The status tells the page (and its tests) the run is over: what
          // it printed is on screen by then, not a frame later.
          output.flush();
          this.#setRunning(false);
          gens.render(snapshot?.generators ?? [], true);
          return;
        }
        case 'killed':
          output.note('\n[stopped]\n');
          output.flush();
          this.#setStatus('Stopped', 'error');
          break;
        case 'fatal':
          output.note(`\n[yieldlab: ${event.message}]\n`);
          output.flush();
          this.#setStatus('Runtime failure', 'error');
          break;
      }
      this.#setRunning(false); // the session is gone: no generators to act on
    });
  }

  #ensureRuntime() {
    this.#runtime ??= createRuntime({
      runtimeUrl: runtimeUrl(YieldlabRun.base),
      createWorker: () => startWorker(workerUrl),
    });
    return this.#runtime;
  }

  #setRunning(running) {
    this.#ui.stop.disabled = !running;
    this.toggleAttribute('running', running);
  }

  #setStatus(text, kind) {
    this.#ui.status.textContent = text;
    this.#ui.status.dataset.kind = kind;
    this.dataset.status = kind; // lets the page (and tests) see the outcome
  }

  // As tall as the program (with the line after its last newline, where the
  // caret goes when typing on), within reason; the user can still drag it.
  #fitHeight() {
    const lines = this.#ui.code.value.split('\n').length;
    this.#ui.code.rows = Math.min(Math.max(lines, 3), 24);
  }

  // Ctrl/Cmd+Enter runs; Tab indents (Esc first, then Tab, leaves the box).
  #onKey(event) {
    const box = this.#ui.code;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.run();
    } else if (event.key === 'Escape') {
      this.#escaped = true;
      return;
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !this.#escaped) {
      event.preventDefault();
      box.setRangeText(INDENT, box.selectionStart, box.selectionEnd, 'end');
      box.dispatchEvent(new Event('input'));
    }
    this.#escaped = false;
  }
}
