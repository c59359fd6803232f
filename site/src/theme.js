// Light and dark themes. The page follows the system setting until the
// visitor picks one with the toggle; the choice is remembered. The resolved
// theme is <html data-theme>, which the stylesheet reads (index.html sets it
// before first paint, with the same rule).
const KEY = 'yieldlab.theme';
const system = window.matchMedia('(prefers-color-scheme: dark)');

function stored() {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

export const currentTheme = () => stored() ?? (system.matches ? 'dark' : 'light');

// Wires the toggle button; onTheme(theme) runs whenever the theme changes.
export function initTheme(button, onTheme) {
  function apply() {
    const theme = currentTheme();
    document.documentElement.dataset.theme = theme;
    const other = theme === 'dark' ? 'light' : 'dark';
    button.setAttribute('aria-label', `Switch to the ${other} theme`);
    button.title = `Switch to the ${other} theme`;
    button.textContent = theme === 'dark' ? '☀' : '☾';
    onTheme(theme);
  }
  button.addEventListener('click', () => {
    try {
      localStorage.setItem(KEY, currentTheme() === 'dark' ? 'light' : 'dark');
    } catch {
      return; // cannot remember a choice; keep following the system
    }
    apply();
  });
  system.addEventListener('change', apply);
  apply();
}
