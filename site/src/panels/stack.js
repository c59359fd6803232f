// The Stack panel: the frames of the program (and of a console line or card
// action running on top of it), innermost first, each with its locals; once
// the program has ended, its globals (they stay alive for the console).
// Built-ins that drive Python code (list(), sum() ...) show as frames too,
// so stepping into a generator that list() consumes reads as it runs.
import { el } from '../dom.js';
import { varsList } from './vars.js';

function frameView(frame, index, onFocusGenerator) {
  if (frame.native) {
    return el('li', { className: 'frame native' },
      el('div', { className: 'frame-head' },
        el('span', { className: 'frame-name' }, `${frame.function}()`),
        el('span', { className: 'tag' }, 'built-in')));
  }
  const head = el('div', { className: 'frame-head' },
    el('span', { className: 'frame-name' }, frame.qualname ?? frame.function),
    frame.generator ? el('span', { className: 'tag tag-gen' }, `generator #${frame.generator}`) : null,
    el('span', { className: 'frame-line' }, `line ${frame.line}`));
  const vars = varsList(frame.locals, { onGenerator: onFocusGenerator });
  // The innermost frame is open; outer ones fold away, a click apart.
  return el('li', { className: index === 0 ? 'frame current' : 'frame' },
    el('details', { open: index === 0 }, el('summary', {}, head), vars));
}

export function createStackPanel(root, { onFocusGenerator }) {
  const list = el('ol', { className: 'frames', dataset: { testid: 'stack' }, 'aria-label': 'Call stack, innermost first' });
  const empty = el('p', { className: 'panel-empty' }, 'The call stack shows here while a program is paused.');
  const globalsBox = el('section', { className: 'globals', dataset: { testid: 'globals' }, 'aria-label': 'The program\'s globals' });
  root.append(empty, list, globalsBox);
  return {
    // globals: shown only when no frame is left (a paused module frame
    // already lists them as its locals).
    render(frames, globals = []) {
      list.replaceChildren(...frames.map((f, i) => frameView(f, i, onFocusGenerator)));
      const ended = frames.length === 0 && globals.length > 0;
      globalsBox.replaceChildren(...(ended
        ? [el('h3', { className: 'globals-title' }, 'Globals (the program has ended)'), varsList(globals, { onGenerator: onFocusGenerator })]
        : []));
      globalsBox.hidden = !ended;
      empty.hidden = frames.length > 0 || ended;
    },
  };
}
