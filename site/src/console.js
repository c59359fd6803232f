// The one-line Python console under the output. Enter runs the line on the
// program's globals (or answers a waiting input()); Up and Down walk through
// the lines typed before.
import { setEnabled, isEnabled } from './dom.js';

export function createConsole(input, prompt, { onSubmit }) {
  const history = [];
  let back = 0; // how far Up has gone into the history
  let draft = '';

  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (!isEnabled(input)) return;
      const line = input.value;
      if (!line.trim() && input.dataset.mode !== 'input') return;
      if (line.trim() && history[history.length - 1] !== line) history.push(line);
      back = 0;
      input.value = '';
      onSubmit(line, input.dataset.mode);
    } else if (e.key === 'ArrowUp' && back < history.length) {
      e.preventDefault();
      if (back === 0) draft = input.value;
      back += 1;
      input.value = history[history.length - back];
    } else if (e.key === 'ArrowDown' && back > 0) {
      e.preventDefault();
      back -= 1;
      input.value = back === 0 ? draft : history[history.length - back];
    }
  });

  return {
    // 'eval': a Python line; 'input': the program's input() is waiting.
    setMode(mode, { disabled = false } = {}) {
      input.dataset.mode = mode;
      setEnabled(input, !disabled);
      const waiting = mode === 'input';
      prompt.textContent = waiting ? 'input' : '>>>';
      input.placeholder = waiting ? 'the program waits for input(): type a line, press Enter' : 'a Python line, e.g. next(g), then Enter';
      input.setAttribute('aria-label', waiting ? 'Input for the program' : 'Python console');
      if (waiting) input.focus();
    },
  };
}
