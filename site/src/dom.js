// Small DOM and number helpers shared by the panels. Text from the program
// (reprs, output, names) only ever becomes text nodes: el() appends strings
// with append(), which never parses HTML.

// el('button', { class: 'btn', dataset: { testid: 'gen-next' }, onclick }, 'Next')
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : value);
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

// Enables or disables a control. One that has the focus is only marked
// aria-disabled, so a keyboard user keeps their place while a task runs
// (a disabled element drops the focus); isEnabled() tells them apart.
export function setEnabled(control, enabled) {
  const keep = !enabled && control === document.activeElement;
  control.disabled = !enabled && !keep;
  if (keep) control.setAttribute('aria-disabled', 'true');
  else control.removeAttribute('aria-disabled');
}

export const isEnabled = (control) => !control.disabled && control.getAttribute('aria-disabled') !== 'true';

export const byTestId = (id, root = document) => root.querySelector(`[data-testid="${id}"]`);

const UNITS = ['B', 'KB', 'MB', 'GB'];

// 1536 -> "1.5 KB": binary multiples, three significant digits.
export function formatBytes(bytes) {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

// 1234567 -> "1.23 M"; small counts stay exact.
export function formatCount(n) {
  if (n < 10_000) return n.toLocaleString('en-US');
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 100_000 ? 1 : 0)} k`;
  if (n < 1e9) return `${(n / 1e6).toFixed(n < 1e7 ? 2 : 1)} M`;
  return `${(n / 1e9).toFixed(2)} G`;
}

export function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
