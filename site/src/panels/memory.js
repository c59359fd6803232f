// The Memory panel: live and peak bytes, live objects, the biggest types,
// and the chart over executed instructions.
import { el, formatBytes, formatCount } from '../dom.js';
import { createChart } from './chart.js';

const TOP_TYPES = 8;

function figure(testid, label) {
  const value = el('span', { className: 'figure-value', dataset: { testid } }, '–');
  return { node: el('div', { className: 'figure' }, el('span', { className: 'figure-label' }, label), value), value };
}

export function createMemoryPanel(root) {
  const live = figure('mem-live', 'Live');
  const peak = figure('mem-peak', 'Peak');
  const objects = figure('mem-objects', 'Objects');
  const chartBox = el('div', { className: 'chart-box' });
  const types = el('table', { className: 'by-type', dataset: { testid: 'mem-types' } });
  root.append(
    el('div', { className: 'figures' }, live.node, peak.node, objects.node),
    chartBox,
    el('details', { className: 'types-box', open: true }, el('summary', {}, 'By type'), types),
  );
  const drawChart = createChart(chartBox);

  return {
    // The counters alone (during a run): { live, peak, objects }.
    counters(m) {
      live.value.textContent = formatBytes(m.live);
      peak.value.textContent = formatBytes(m.peak);
      objects.value.textContent = formatCount(m.objects);
    },
    // The snapshot's memory object, with its by-type table.
    render(memory) {
      if (!memory) {
        for (const f of [live, peak, objects]) f.value.textContent = '–';
        types.replaceChildren();
        return;
      }
      this.counters({ live: memory.live_bytes, peak: memory.peak_bytes, objects: memory.live_objects });
      types.replaceChildren(
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'type'), el('th', { scope: 'col' }, 'objects'), el('th', { scope: 'col' }, 'bytes'))),
        el('tbody', {}, memory.by_type.slice(0, TOP_TYPES).map((t) => el('tr', {},
          el('td', {}, t.type), el('td', {}, formatCount(t.count)), el('td', {}, formatBytes(t.bytes))))),
      );
    },
    chart: drawChart,
  };
}
