// The run controls: buttons (found by data-testid) and their keys, which
// work wherever the focus is, the editor included (a capturing listener
// sees them before Monaco does).
import { byTestId, setEnabled, isEnabled } from './dom.js';

const CONTROLS = ['run', 'continue', 'step-into', 'step-over', 'step-out', 'back', 'stop', 'reset'];

// The key that triggers each control, also shown in its tooltip.
const KEYS = {
  run: { key: 'Enter', ctrl: true, label: 'Ctrl+Enter' },
  continue: { key: 'F8', label: 'F8' },
  'step-into': { key: 'F11', label: 'F11' },
  'step-over': { key: 'F10', label: 'F10' },
  'step-out': { key: 'F11', shift: true, label: 'Shift+F11' },
  back: { key: 'F10', shift: true, label: 'Shift+F10' },
};

function matches(e, k) {
  return e.key === k.key && Boolean(k.ctrl) === (e.ctrlKey || e.metaKey) && Boolean(k.shift) === e.shiftKey && !e.altKey;
}

// actions: { run, continue, 'step-into', ... } -> functions.
export function createControls(actions) {
  const buttons = Object.fromEntries(CONTROLS.map((name) => [name, byTestId(name)]));
  for (const [name, button] of Object.entries(buttons)) {
    const key = KEYS[name];
    const base = button.getAttribute('aria-label') ?? button.textContent.trim();
    if (key) {
      button.title = `${base} (${key.label})`;
      button.setAttribute('aria-keyshortcuts', key.label.replace('Ctrl', 'Control'));
    }
    button.addEventListener('click', () => isEnabled(button) && actions[name]());
  }
  // A toolbar's arrow keys move between its buttons (Tab still reaches each).
  const toolbar = buttons.run.closest('[role="toolbar"]');
  toolbar?.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const enabled = [...toolbar.querySelectorAll('button')].filter(isEnabled);
    const at = enabled.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    enabled[(at + (e.key === 'ArrowRight' ? 1 : enabled.length - 1)) % enabled.length].focus();
  });
  document.addEventListener('keydown', (e) => {
    for (const [name, key] of Object.entries(KEYS)) {
      if (!matches(e, key)) continue;
      e.preventDefault();
      e.stopPropagation();
      if (isEnabled(buttons[name])) actions[name]();
      return;
    }
  }, true);

  return {
    // enabled: { run: true, stop: false, ... }
    set(enabled) {
      for (const [name, button] of Object.entries(buttons)) setEnabled(button, enabled[name]);
    },
  };
}
