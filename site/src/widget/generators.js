// The widget's generator strip: once a program has run, one row per
// generator it left alive, with its state, the last value it yielded, and
// Next / Send / Close. A lighter cousin of the page's Generators panel.
// Rows are kept by generator id, so a half-typed Send value survives the
// refresh that follows every action.
import { el } from '../dom.js';

// render(list, generators, onAction): generators from a snapshot;
// onAction(id, action, arg) with action 'next' | 'send' | 'close'.
export function createGeneratorStrip(list, onAction) {
  const rows = new Map(); // id -> { row, state, last }

  function makeRow(g) {
    const state = el('span', { className: 'gen-state' });
    const last = el('span', { className: 'gen-last' });
    const value = el('input', {
      className: 'gen-value', type: 'text', placeholder: 'value to send', spellcheck: false,
      'aria-label': `Value to send to ${g.qualname}`,
      onkeydown: (event) => {
        if (event.key === 'Enter') onAction(g.id, 'send', value.value || 'None');
      },
    });
    const button = (text, action, arg = () => '') => el('button', {
      type: 'button', className: `gen-${action}`, onclick: () => onAction(g.id, action, arg()),
    }, text);
    const row = el('li', { className: 'gen', dataset: { id: String(g.id) } },
      el('code', { className: 'gen-name' }, g.qualname),
      state,
      last,
      el('span', { className: 'gen-actions' },
        button('Next', 'next'),
        value,
        button('Send', 'send', () => value.value || 'None'),
        button('Close', 'close')));
    return { row, state, last };
  }

  function render(generators, enabled) {
    const alive = generators.filter((g) => g.state !== 'closed');
    for (const [id, parts] of rows) {
      if (!alive.some((g) => g.id === id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }
    for (const g of alive) {
      if (!rows.has(g.id)) rows.set(g.id, makeRow(g));
      const parts = rows.get(g.id);
      parts.state.textContent = g.state;
      parts.last.textContent = g.last_value === null ? '' : `last yielded ${g.last_value}`;
      for (const control of parts.row.querySelectorAll('button, input')) control.disabled = !enabled;
      list.append(parts.row); // keeps the snapshot's order
    }
    list.hidden = alive.length === 0;
  }

  return { render, clear: () => render([], false) };
}
