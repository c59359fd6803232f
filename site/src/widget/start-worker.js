// Starts the runtime worker for a widget. On its own site (same origin) it
// is a plain worker. Embedded in a docs page on another origin, browsers
// refuse `new Worker(url)` for a script of a different origin, so the worker
// is a one-line blob of the page's own origin that imports the real script:
// importScripts may load classic scripts from anywhere. The host of
// widget.js must then allow CORS for the module and the .wasm (static hosts
// such as GitHub Pages do).
export function startWorker(scriptUrl) {
  const url = new URL(scriptUrl, import.meta.url);
  if (url.origin === location.origin) return new Worker(url);
  const source = `importScripts(${JSON.stringify(url.href)});`;
  const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(blob);
  } finally {
    URL.revokeObjectURL(blob); // the worker has its script once constructed
  }
}
