// The example gallery: a dialog listing every example by tutorial section.
// Picking one puts its code in the editor (as an edit: Ctrl+Z undoes it).
import { el } from './dom.js';
import { EXAMPLES, SECTIONS } from './examples/index.js';

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function createGallery(dialog, { onPick, onCompare }) {
  const choose = (fn, example) => () => {
    dialog.close();
    fn(example);
  };

  const card = (example) => el('li', { className: 'example-card' },
    el('button', {
      type: 'button',
      className: 'example-open',
      dataset: { testid: 'example', example: example.id },
      onclick: choose(onPick, example),
    },
    el('span', { className: 'example-title' }, example.title),
    el('span', { className: 'example-blurb' }, example.blurb)),
    example.compare && el('button', {
      type: 'button',
      className: 'link example-compare',
      'aria-label': `Compare the list and generator versions: ${example.title}`,
      onclick: choose(onCompare, example),
    }, 'Compare list vs generator'));

  const section = (name) => el('section', { className: 'gallery-section', 'aria-labelledby': `gallery-${slug(name)}` },
    el('h3', { id: `gallery-${slug(name)}` }, name),
    el('ul', { className: 'gallery-list' }, EXAMPLES.filter((x) => x.section === name).map(card)));

  dialog.append(el('div', { className: 'gallery-body' }, SECTIONS.map(section)));
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close(); // a click on the backdrop
  });
  return { open: () => dialog.showModal() };
}
