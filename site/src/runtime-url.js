// Where the runtime worker loads the Emscripten script from: runtime/ next to
// the page, or next to widget.js for the embeddable widget (pass that URL as
// `base`). scripts/copy-runtime.mjs puts the files there.
export function runtimeUrl(base = document.baseURI) {
  return new URL('runtime/yieldlab_wasm.js', base).href;
}
