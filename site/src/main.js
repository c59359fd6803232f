// Wires the page together: the editor, the panels, the controls, the
// console, sharing, the gallery and the Compare view. No Python runs on this
// thread: the runtime is in a Web Worker (worker.js, driven by runtime.js).
import './style.css';
import { byTestId as $ } from './dom.js';
import { createMainEditor, setEditorTheme } from './editor.js';
import { createOutput } from './output.js';
import { createRuntime } from './runtime.js';
import { createConsole } from './console.js';
import { createControls } from './controls.js';
import { createPlayground } from './playground.js';
import { createGeneratorsPanel } from './panels/generators.js';
import { createStackPanel } from './panels/stack.js';
import { createMemoryPanel } from './panels/memory.js';
import { createGallery } from './gallery.js';
import { createCompareView } from './compare.js';
import { readSharedCode, clearSharedCode, shareLink, copyLink } from './share.js';
import { initTheme, currentTheme } from './theme.js';
import { EXAMPLES, findExample } from './examples/index.js';
import { registerOffline } from './offline.js';

registerOffline(); // dist/sw.js: the site works offline after one visit

const SAVED = 'yieldlab.code';
const OPENING = findExample('power') ?? EXAMPLES[0];

function savedCode() {
  try {
    return localStorage.getItem(SAVED);
  } catch {
    return null;
  }
}

let saveTimer = 0;
function save(code) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(SAVED, code);
    } catch {
      // storage full or blocked: the code just is not kept
    }
  }, 300);
}

// A shared link wins over the saved code; it is restored, never run.
const shared = readSharedCode();
const initial = shared ?? savedCode() ?? OPENING.code;
if (shared !== null) {
  save(shared);
  clearSharedCode();
}

let playground = null;
const output = createOutput($('output'));
const editor = createMainEditor($('editor'), {
  value: initial,
  theme: currentTheme(),
  label: 'main.py: Python code (F9 toggles a breakpoint)',
  onChange(code) {
    save(code);
    playground?.codeChanged();
  },
  onBreakpoints: (lines) => playground?.setBreakpoints(lines),
});

let generators = null;
generators = createGeneratorsPanel($('generators'), {
  onAction: (id, action, arg) => playground.generatorAction(id, action, arg),
  onFocusGenerator: (id) => generators.focus(id),
});
const panels = {
  generators,
  stack: createStackPanel($('stack-panel'), { onFocusGenerator: (id) => generators.focus(id) }),
  memory: createMemoryPanel($('memory')),
};

const runtime = createRuntime();
const cons = createConsole($('console-input'), $('console-prompt'), {
  onSubmit: (line) => playground.consoleLine(line),
});
playground = createPlayground({
  runtime, editor, output, console: cons, panels, status: $('status'), progress: $('progress'),
});
playground.attach(createControls(playground.actions));
$('clear').addEventListener('click', () => output.clear());

// ---- views: the playground and Compare ----

const compare = createCompareView($('compare-view'), { theme: currentTheme });
function showView(name) {
  for (const tab of document.querySelectorAll('.tab')) tab.setAttribute('aria-pressed', String(tab.dataset.view === name));
  for (const panel of document.querySelectorAll('[data-view-panel]')) panel.hidden = panel.dataset.viewPanel !== name;
  if (name === 'compare') compare.shown();
}
for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => showView(tab.dataset.view));

// ---- examples ----

const gallery = createGallery($('gallery'), {
  onPick(example) {
    showView('playground');
    playground.actions.reset();
    editor.setValue(example.code);
    compare.use(example);
    editor.focus();
  },
  onCompare(example) {
    compare.use(example);
    showView('compare');
  },
});
$('examples').addEventListener('click', () => gallery.open());

// ---- share ----

const shareBox = $('share-box');
$('share').addEventListener('click', async () => {
  const link = shareLink(editor.getValue());
  const input = $('share-link');
  input.value = link;
  shareBox.hidden = false;
  const copied = await copyLink(link);
  $('share-note').textContent = copied ? 'Copied to the clipboard.' : 'Select the link and copy it.';
  input.focus();
  input.select();
});
function closeShare() {
  shareBox.hidden = true;
  $('share').focus();
}
$('share-close').addEventListener('click', closeShare);
shareBox.addEventListener('keydown', (e) => e.key === 'Escape' && closeShare());

initTheme($('theme'), setEditorTheme);
editor.focus();
