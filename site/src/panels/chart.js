// A small hand-drawn SVG chart of live memory (filled) and peak memory
// (dashed) over executed instructions. The series is thinned as it grows so
// a long run costs the same to draw as a short one.
import { el, formatBytes, formatCount } from '../dom.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 400;
const H = 100;
const MAX_POINTS = 400;

const svgEl = (tag, attrs = {}) => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

// The series: { i: instructions, live, peak } points in order. Pairs merge
// (keeping the larger memory) when it would grow past MAX_POINTS.
export function createSeries() {
  let points = [];
  return {
    add(point) {
      const last = points[points.length - 1];
      if (last && point.i < last.i) point = { ...point, i: last.i }; // never run backwards
      points.push(point);
      if (points.length > MAX_POINTS) {
        // (Thinning moves indices, so callers keep instruction counts, not indices.)
        const thinned = [points[0]];
        for (let k = 1; k + 1 < points.length; k += 2) {
          const a = points[k];
          const b = points[k + 1];
          thinned.push({ i: b.i, live: Math.max(a.live, b.live), peak: Math.max(a.peak, b.peak) });
        }
        if (points.length % 2 === 0) thinned.push(points[points.length - 1]);
        points = thinned;
      }
    },
    points: () => points,
    clear() {
      points = [];
    },
  };
}

export function createChart(root) {
  // The SVG stretches to the panel's width (preserveAspectRatio none, with
  // non-scaling strokes); its labels are HTML so they never stretch.
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'chart', 'aria-hidden': 'true' });
  const area = svgEl('path', { class: 'chart-live' });
  const peakLine = svgEl('path', { class: 'chart-peak' });
  const cursor = svgEl('line', { class: 'chart-cursor', y1: 0, y2: H });
  const base = svgEl('line', { class: 'chart-axis', x1: 0, x2: W, y1: H, y2: H });
  svg.append(base, area, peakLine, cursor);
  const top = el('span', {}, '');
  const right = el('span', {}, 'instructions');
  const bottom = el('span', {}, '');
  const box = el('figure', { className: 'chart-figure', role: 'img', dataset: { testid: 'mem-chart' } },
    el('div', { className: 'chart-labels' }, top, el('span', { className: 'legend' },
      el('span', { className: 'key key-live' }), 'live ', el('span', { className: 'key key-peak' }), 'peak')),
    svg,
    el('div', { className: 'chart-labels' }, bottom, right));
  root.append(box);

  // points: the series; at: the instruction count to mark (Back), or null;
  // label: how many instructions ran, as the caller can tell.
  return function draw(points, at = null, label = '') {
    if (points.length === 0) {
      for (const p of [area, peakLine]) p.setAttribute('d', '');
      cursor.style.display = 'none';
      top.textContent = '';
      bottom.textContent = '';
      right.textContent = 'instructions';
      box.setAttribute('aria-label', 'Memory chart: nothing has run yet');
      return;
    }
    const maxI = points[points.length - 1].i;
    // From the lowest live value, not zero: the runtime's own objects are
    // most of the memory of a small program and would flatten the line.
    const maxB = Math.max(...points.map((p) => p.peak));
    const minB = Math.min(...points.map((p) => p.live));
    const span = Math.max(1, maxB - minB);
    // A last sample at the same count as the one before (the run ended
    // inside a budget it did not report) still gets a sliver of width.
    const tail = points.length > 1 && points[points.length - 2].i === maxI ? 0.97 : 1;
    const x = (i, k) => (k === points.length - 1 ? W : maxI ? (i / maxI) * W * tail : W).toFixed(2);
    const y = (b) => (H - 2 - ((b - minB) / span) * (H - 6)).toFixed(2);
    // Steps, not slopes: memory holds its value until the next sample.
    let live = `M0,${H}`;
    let peak = `M0,${y(points[0].peak)}`;
    points.forEach((p, k) => {
      live += ` V${y(p.live)} H${x(p.i, k)}`;
      peak += ` V${y(p.peak)} H${x(p.i, k)}`;
    });
    area.setAttribute('d', `${live} V${H} Z`);
    peakLine.setAttribute('d', peak);
    if (at !== null) {
      const k = points.findIndex((p) => p.i >= at);
      cursor.setAttribute('x1', x(at, k));
      cursor.setAttribute('x2', x(at, k));
      cursor.style.display = '';
    } else {
      cursor.style.display = 'none';
    }
    top.textContent = formatBytes(maxB);
    bottom.textContent = formatBytes(minB);
    right.textContent = label || `${formatCount(maxI)} instructions`;
    const last = points[points.length - 1];
    box.setAttribute('aria-label', `Memory chart: ${formatBytes(last.live)} live after ${right.textContent}; peak ${formatBytes(maxB)}`);
  };
}
