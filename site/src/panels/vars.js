// A list of variables (a frame's or a generator's locals): name = repr, with
// the type on hover. A variable holding a generator links to its card.
import { el } from '../dom.js';

export function varsList(locals, { onGenerator } = {}) {
  if (!locals?.length) return el('p', { className: 'empty-note' }, 'no variables yet');
  return el('dl', { className: 'vars' }, locals.map((v) => [
    el('dt', { title: v.type }, v.name),
    el('dd', { title: `${v.type}: ${v.repr}` },
      v.generator && onGenerator
        ? el('button', {
            type: 'button',
            className: 'link gen-link',
            'aria-label': `${v.name}: show generator #${v.generator}`,
            onclick: () => onGenerator(v.generator),
          }, v.repr)
        : v.repr),
  ]));
}
