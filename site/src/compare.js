// The Compare view: a list-building version and a generator version of the
// same job, in two editors, run one after the other in a worker of their own
// (so the playground's program is left alone). Each side shows its peak
// memory and peak objects above what an empty program holds, its time and
// its instruction count; the ratio of the peaks is the headline.
import { el, formatBytes, formatCount, formatMs } from './dom.js';
import { createEditor } from './editor.js';
import { createRuntime } from './runtime.js';
import { EXAMPLES } from './examples/index.js';

const SIDES = [
  { key: 'list', testid: 'list', title: 'List version' },
  { key: 'generator', testid: 'gen', title: 'Generator version' },
];

function figure(testid, label) {
  const value = el('span', { className: 'figure-value', dataset: { testid } }, '–');
  return { node: el('div', { className: 'figure' }, el('span', { className: 'figure-label' }, label), value), value };
}

function ratioText(listPeak, genPeak) {
  const r = listPeak / Math.max(1, genPeak);
  if (r >= 100) return `${Math.round(r)}×`;
  if (r >= 10) return `${r.toFixed(1)}×`;
  return `${r.toFixed(2)}×`;
}

export function createCompareView(root, { theme }) {
  const examples = EXAMPLES.filter((x) => x.compare);
  const picker = el('select', { className: 'field', 'aria-label': 'Example to compare', dataset: { testid: 'compare-example' } },
    examples.map((x) => el('option', { value: x.id }, x.title)));
  const runButton = el('button', { type: 'button', className: 'btn btn-primary', dataset: { testid: 'compare-run' } }, 'Run both');
  const stopButton = el('button', { type: 'button', className: 'btn', dataset: { testid: 'compare-stop' }, disabled: true }, 'Stop');
  const status = el('span', { className: 'status', dataset: { testid: 'compare-status' }, 'aria-live': 'polite' });
  const ratio = el('span', { className: 'ratio-value', dataset: { testid: 'compare-ratio' } }, '–');
  const ratioCaption = el('p', { className: 'ratio-caption' }, 'Run both to see how much less memory the generator needs at its peak.');

  const sides = SIDES.map((side) => {
    const editorBox = el('div', { className: 'compare-editor' });
    const figures = {
      peak: figure(`compare-${side.testid}-peak`, 'Peak memory'),
      objects: figure(`compare-${side.testid}-objects`, 'Peak objects'),
      time: figure(`compare-${side.testid}-time`, 'Time'),
      instructions: figure(`compare-${side.testid}-instructions`, 'Instructions'),
    };
    const bar = el('div', { className: `bar bar-${side.key}` });
    const output = el('pre', { className: 'output compare-output', dataset: { testid: `compare-${side.testid}-output` }, tabindex: 0, 'aria-label': `Output of the ${side.title.toLowerCase()}` });
    const node = el('section', { className: `panel compare-side compare-${side.key}`, 'aria-label': side.title },
      el('div', { className: 'panel-title' }, side.title),
      editorBox,
      el('div', { className: 'figures' }, Object.values(figures).map((f) => f.node)),
      el('div', { className: 'bar-track', 'aria-hidden': 'true' }, bar),
      output);
    return { ...side, node, editorBox, figures, bar, output, editor: null };
  });

  root.append(
    el('div', { className: 'compare-bar' },
      el('h2', { className: 'compare-heading' }, 'List vs generator'),
      picker, runButton, stopButton, status),
    el('div', { className: 'compare-ratio panel' }, ratio, ratioCaption),
    el('div', { className: 'compare-sides' }, sides.map((s) => s.node)),
  );

  let runtime = null; // made on first use: a worker of its own
  let example = examples[0];
  let pendingCode = null;

  function fill(x) {
    example = x;
    picker.value = x.id;
    for (const side of sides) {
      if (side.editor) side.editor.setValue(x.compare[side.key]);
      else pendingCode = x;
    }
    clearFigures();
  }

  function clearFigures() {
    for (const side of sides) {
      for (const f of Object.values(side.figures)) f.value.textContent = '–';
      side.output.textContent = '';
      side.bar.style.width = '0';
    }
    ratio.textContent = '–';
    status.textContent = '';
  }

  function show(side, r) {
    side.figures.peak.value.textContent = formatBytes(r.peakBytes);
    side.figures.objects.value.textContent = formatCount(r.peakObjects);
    side.figures.time.value.textContent = formatMs(r.ms);
    side.figures.instructions.value.textContent = r.instructions === null ? '–' : formatCount(r.instructions);
    side.output.textContent = r.output; // text, never HTML
  }

  function measure(side) {
    return new Promise((resolve) => {
      status.textContent = `Running the ${side.title.toLowerCase()}…`;
      runtime.task({ type: 'measure', code: side.editor.getValue() }, (event) => {
        if (event.type === 'progress') status.textContent = `Running the ${side.title.toLowerCase()}… ${formatMs(event.ms)}`;
        else if (event.type === 'measured') resolve(event.result);
        else if (event.type === 'killed') resolve({ status: 'stopped' });
        else if (event.type === 'fatal') resolve({ status: 'fatal', error: { type: 'yieldlab', message: event.message } });
      });
    });
  }

  async function runBoth() {
    runtime ??= createRuntime();
    clearFigures();
    runButton.disabled = true;
    stopButton.disabled = false;
    const results = [];
    for (const side of sides) {
      const r = await measure(side);
      if (r.status === 'stopped' || r.status === 'fatal' || r.status === 'paused') {
        status.textContent = r.status === 'fatal' ? `Runtime failure: ${r.error.message}` : 'Stopped.';
        break;
      }
      show(side, r);
      results.push(r);
      if (r.status === 'error') {
        status.textContent = `The ${side.title.toLowerCase()} failed: ${r.error.type}: ${r.error.message}`;
        break;
      }
    }
    runButton.disabled = false;
    stopButton.disabled = true;
    if (results.length < 2 || results.some((r) => r.status === 'error')) return;
    const [list, gen] = results;
    ratio.textContent = ratioText(list.peakBytes, gen.peakBytes);
    ratioCaption.textContent = list.peakBytes >= gen.peakBytes
      ? `the list version's peak memory over the generator version's (${formatBytes(list.peakBytes)} vs ${formatBytes(gen.peakBytes)})`
      : `the list version needed less memory here (${formatBytes(list.peakBytes)} vs ${formatBytes(gen.peakBytes)})`;
    const most = Math.max(list.peakBytes, gen.peakBytes, 1);
    sides[0].bar.style.width = `${(100 * list.peakBytes) / most}%`;
    sides[1].bar.style.width = `${Math.max(0.5, (100 * gen.peakBytes) / most)}%`;
    status.textContent = list.output === gen.output ? 'Done: both printed the same output.' : 'Done: note that the outputs differ.';
  }

  picker.addEventListener('change', () => fill(examples.find((x) => x.id === picker.value)));
  runButton.addEventListener('click', runBoth);
  stopButton.addEventListener('click', () => runtime?.stop());
  if (example) fill(example);

  return {
    // Creates the editors the first time the view is shown (Monaco is not free).
    shown() {
      for (const side of sides) {
        side.editor ??= createEditor(side.editorBox, {
          value: (pendingCode ?? example)?.compare[side.key] ?? '',
          theme: theme(),
          label: `${side.title}: Python code`,
        });
      }
      pendingCode = null;
    },
    // Shows this example's pair, when it has one.
    use(x) {
      if (x?.compare) fill(x);
    },
  };
}
