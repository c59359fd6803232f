// The example gallery: every section of the tutorial the playground teaches
// (/work/shared/seed-tutorial.md), with programs of our own. One file per
// section; this module puts them in the tutorial's order.
//
// Each example: { id, title, section, blurb, code, compare? } where compare
// is { list, generator }: two programs that print the same thing, the first
// building a whole list, the second streaming with a generator, for the
// page's Compare view. tests/wasm/examples.test.mjs runs them all.
import introduction from './introduction.js';
import syntax from './syntax.js';
import yieldStatement from './yield-statement.js';
import differences from './differences.js';
import useCases from './use-cases.js';
import lazyExecution from './lazy-execution.js';
import threading from './threading.js';
import nextSend from './next-send.js';

export { DEFAULT_PROGRAM } from '../examples.js';

export const EXAMPLES = [
  ...introduction,
  ...syntax,
  ...yieldStatement,
  ...differences,
  ...useCases,
  ...lazyExecution,
  ...threading,
  ...nextSend,
];

// Section headings in tutorial order, for grouping the gallery.
export const SECTIONS = [...new Set(EXAMPLES.map((example) => example.section))];

// The example with this id, or undefined.
export function findExample(id) {
  return EXAMPLES.find((example) => example.id === id);
}
