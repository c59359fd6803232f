// Where the runtime worker loads the Emscripten script from.
//
// Normally runtime/yieldlab_wasm.js next to the page (or next to widget.js
// for the embeddable widget: pass that folder as `base`). The single-file
// build (scripts/build-single.mjs) has no files next to it: it carries the
// runtime, wasm included, as the text of an inert
// <script type="text/yieldlab-runtime"> element, which becomes a blob: URL.
const INLINE_SELECTOR = 'script[type="text/yieldlab-runtime"]';

let inlineUrl = null; // one blob per page, shared by every runner

export function runtimeUrl(base = document.baseURI) {
  const inline = document.querySelector(INLINE_SELECTOR);
  if (inline) {
    inlineUrl ??= URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
    return inlineUrl;
  }
  return new URL('runtime/yieldlab_wasm.js', base).href;
}
