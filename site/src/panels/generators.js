// The Generators panel: one card per live generator, with its state, the line
// it stands on, its locals, the values it has yielded, and Next / Send /
// Throw / Close. Cards are kept across updates (keyed by generator id), so a
// half-typed Send value or the focused button survives a refresh.
import { el, setEnabled, isEnabled } from '../dom.js';
import { varsList } from './vars.js';

const KEEP_VALUES = 24; // yielded values shown per card, newest last
const GAP = Symbol('values the page did not see');

// The values each generator has yielded, as far as the page saw them: a
// snapshot only carries the count and the last value, so values yielded
// between two snapshots (during a run) show as a gap. Returns a new map.
export function trackYields(previous, generators) {
  const next = new Map();
  for (const g of generators) {
    const seen = previous.get(g.id) ?? { count: 0, values: [] };
    let values = seen.values;
    if (g.yielded > seen.count && g.last_value !== null) {
      values = [...values];
      if (g.yielded > seen.count + 1) values.push(GAP);
      values.push(g.last_value);
      if (values.length > KEEP_VALUES) values = [GAP, ...values.slice(-KEEP_VALUES + 1)];
    }
    next.set(g.id, { count: g.yielded, values });
  }
  return next;
}

const label = (g) => `${g.qualname} #${g.id}`;

// generator id -> the names of the variables holding it: the program's
// globals (kept after it ends) and the locals of the frames on the stack.
function holders(frames, globals) {
  const names = new Map();
  for (const v of [...globals, ...frames.flatMap((f) => f.locals ?? [])]) {
    if (!v.generator) continue;
    const list = names.get(v.generator) ?? [];
    if (!list.includes(v.name)) list.push(v.name);
    names.set(v.generator, list);
  }
  return names;
}

function valuesRow(g, seen) {
  const values = seen?.values ?? [];
  if (!g.yielded) return el('p', { className: 'empty-note', dataset: { testid: 'gen-yielded' } }, 'nothing yielded yet');
  return el('ol', { className: 'yielded', dataset: { testid: 'gen-yielded' }, 'aria-label': `Values yielded by ${label(g)}` },
    values.map((v) => (v === GAP
      ? el('li', { className: 'gap', title: 'yielded while the program ran' }, '…')
      : el('li', {}, v))));
}

function meta(g, line) {
  const parts = [];
  if (line) parts.push(g.state === 'created' ? `starts at line ${line}` : `line ${line}`);
  parts.push(`yielded ${g.yielded}×`);
  if (g.yield_from) parts.push(`delegating to ${g.yield_from.generator ? `#${g.yield_from.generator}` : g.yield_from.repr}`);
  return parts.join(' · ');
}

// One card's skeleton: the parts that update, and the controls that stay.
function createCard(id, onAction) {
  const title = el('h3', { className: 'gen-title' });
  const state = el('span', { className: 'badge', dataset: { testid: 'gen-state' } });
  const info = el('p', { className: 'gen-meta', dataset: { testid: 'gen-line' } });
  const body = el('div', { className: 'gen-body' });
  const sendValue = el('input', {
    className: 'field', type: 'text', placeholder: 'value', spellcheck: false,
    dataset: { testid: 'gen-send-value' },
  });
  const throwValue = el('input', {
    className: 'field', type: 'text', value: 'ValueError', spellcheck: false,
    dataset: { testid: 'gen-throw-value' },
  });
  const act = (action, field) => (e) => isEnabled(e.currentTarget) && onAction(id, action, field ? field.value.trim() : '');
  const button = (testid, text, action, field) => el('button', {
    type: 'button', className: 'btn btn-small', dataset: { testid }, onclick: act(action, field),
  }, text);
  const buttons = {
    next: button('gen-next', 'Next', 'next'),
    send: button('gen-send', 'Send', 'send', sendValue),
    throw: button('gen-throw', 'Throw', 'throw', throwValue),
    close: button('gen-close', 'Close', 'close'),
  };
  sendValue.addEventListener('keydown', (e) => e.key === 'Enter' && isEnabled(sendValue) && buttons.send.click());
  throwValue.addEventListener('keydown', (e) => e.key === 'Enter' && isEnabled(throwValue) && buttons.throw.click());
  const node = el('article', { className: 'gen-card', dataset: { testid: 'gen-card', genId: String(id) } },
    el('header', { className: 'gen-head' }, title, state),
    info,
    body,
    el('div', { className: 'gen-actions' },
      buttons.next,
      el('span', { className: 'joined' }, buttons.send, sendValue),
      el('span', { className: 'joined' }, buttons.throw, throwValue),
      buttons.close));
  return { node, title, state, info, body, sendValue, throwValue, buttons };
}

export function createGeneratorsPanel(root, { onAction, onFocusGenerator }) {
  const list = el('div', { className: 'gen-list' });
  const empty = el('p', { className: 'panel-empty' },
    'No live generators. Step into a program, or run one: every generator object it keeps appears here.');
  root.append(empty, list);
  const cards = new Map(); // id -> card

  // names: the variables holding g; the title reads like the assignment,
  // `gen = power #1` (or `a = b = power #1`).
  function update(card, g, seen, enabled, lines, names) {
    card.title.replaceChildren(
      names.length ? el('span', { className: 'gen-names', dataset: { testid: 'gen-names' } }, `${names.join(' = ')} = `) : '',
      g.qualname,
      el('span', { className: 'gen-id' }, ` #${g.id}`));
    card.state.textContent = g.state;
    card.state.dataset.state = g.state;
    card.info.textContent = meta(g, lines.get(g.id) ?? g.line);
    card.body.replaceChildren(
      varsList(g.locals, { onGenerator: onFocusGenerator }),
      valuesRow(g, seen),
    );
    const name = label(g);
    card.node.setAttribute('aria-label', `Generator ${name}, ${g.state}`);
    card.buttons.next.setAttribute('aria-label', `Next: resume ${name}`);
    card.buttons.send.setAttribute('aria-label', `Send the value to ${name}`);
    card.buttons.throw.setAttribute('aria-label', `Throw the exception into ${name}`);
    card.buttons.close.setAttribute('aria-label', `Close ${name}`);
    card.sendValue.setAttribute('aria-label', `Value to send to ${name} (a Python expression)`);
    card.throwValue.setAttribute('aria-label', `Exception to throw into ${name}`);
    for (const control of [...Object.values(card.buttons), card.sendValue, card.throwValue]) setEnabled(control, enabled);
  }

  return {
    // generators: the snapshot's list; yields: trackYields()'s map;
    // enabled: whether the buttons may act now; frames: the snapshot's stack
    // (a running generator stands where its frame does); globals: the
    // snapshot's globals, which name the generators they hold.
    render(generators, yields, enabled, frames = [], globals = []) {
      const lines = new Map(frames.filter((f) => f.generator).map((f) => [f.generator, f.line]));
      const names = holders(frames, globals);
      const alive = new Set(generators.map((g) => g.id));
      for (const [id, card] of cards) {
        if (!alive.has(id)) {
          card.node.remove();
          cards.delete(id);
        }
      }
      generators.forEach((g, index) => {
        let card = cards.get(g.id);
        if (!card) {
          card = createCard(g.id, onAction);
          cards.set(g.id, card);
        }
        update(card, g, yields.get(g.id), enabled, lines, names.get(g.id) ?? []);
        if (list.children[index] !== card.node) list.insertBefore(card.node, list.children[index] ?? null);
      });
      empty.hidden = generators.length > 0;
    },
    // Scrolls to a card and flashes it (from a variable that holds it).
    focus(id) {
      const card = cards.get(id);
      if (!card) return;
      card.node.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card.node.classList.remove('flash');
      void card.node.offsetWidth; // restart the animation
      card.node.classList.add('flash');
      setTimeout(() => card.node.classList.remove('flash'), 1200);
      card.buttons.next.focus({ preventScroll: true });
    },
  };
}
