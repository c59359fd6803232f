// `npm run build:single`: the whole playground as one HTML file,
// site/dist-single/yieldlab.html, that runs opened from disk (file://) with no
// network: its JavaScript, CSS (fonts included) and workers are inlined, and
// the runtime (the wasm in base64 inside it) is built into the runtime
// worker's own script.
//
// Steps: a Vite build of the page into a scratch folder with no code
// splitting, every asset inlined and every worker inlined (blob URLs, the
// only workers a file:// page may start), then the small inlining below of
// that build's JS and CSS into its index.html.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'site');
const wasmDir = resolve(process.env.YIELDLAB_WASM_DIR ?? join(root, 'build/wasm'));
const outFile = join(site, 'dist-single/yieldlab.html');

// A page opened from file:// can start workers only from blob: (or data:)
// URLs, so every `?worker` import becomes Vite's `?worker&inline`.
function inlineWorkers() {
  return {
    name: 'yieldlab-inline-workers',
    enforce: 'pre',
    transform(code) {
      if (!code.includes('?worker')) return null;
      return { code: code.replace(/\?worker(['"])/g, '?worker&inline$1'), map: null };
    },
  };
}

async function buildPage(outDir) {
  await build({
    configFile: false,
    root: site,
    base: './',
    publicDir: false, // the runtime goes into the worker instead; the demo pages stay out
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: {
        input: join(site, 'index.html'),
        output: { codeSplitting: false },
        checks: { bundlerTimings: false },
      },
    },
    worker: { format: 'iife', plugins: () => [inlineWorkers(), runtimeInWorker()] },
    plugins: [inlineWorkers()],
  });
}

// Text that goes inside <script>…</script> as is. The only sequence that
// could end the element early is "</script"; "<\/script" means the same in
// every JS context it can appear in (string, template, regex, comment).
// "<!--" together with "<script" would switch the HTML parser into a mode
// where the real end tag no longer ends the element, so that is refused.
function scriptText(text, what) {
  if (text.includes('<!--') && /<script/i.test(text)) {
    throw new Error(`build-single: ${what} contains both "<!--" and "<script"; it cannot be inlined safely`);
  }
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

// The Emscripten script plus a wrapper around its factory that hands it the
// wasm bytes, so it never looks for a .wasm file; locateFile is replaced for
// the same reason (there is nothing next to a blob: worker).
function runtimeScript() {
  const js = readFileSync(join(wasmDir, 'yieldlab_wasm.js'), 'utf8');
  const wasm = readFileSync(join(wasmDir, 'yieldlab_wasm.wasm')).toString('base64');
  return `${js}
;(function () {
  var wasmBase64 = "${wasm}";
  var factory = self.createYieldlab;
  self.createYieldlab = function (options) {
    var binary = atob(wasmBase64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return factory(Object.assign({}, options, {
      wasmBinary: bytes,
      locateFile: function (file) { return file; },
    }));
  };
})();
`;
}

let runtimeInjected = false; // checked after the build: the worker must have it

// Puts the runtime at the top of the bundled runtime worker (an iife, so the
// Emscripten script's top-level var becomes a worker global). The worker
// only calls importScripts when self.createYieldlab is missing, so it then
// never fetches anything. Added after bundling: the Emscripten script is a
// classic script with Node-only require() calls the bundler must not see.
function runtimeInWorker() {
  const worker = join(site, 'src/worker.js');
  return {
    name: 'yieldlab-runtime-in-worker',
    renderChunk(code, chunk) {
      if (chunk.facadeModuleId?.split('?')[0] !== worker) return null;
      runtimeInjected = true;
      return { code: `${runtimeScript()}\n${code}`, map: null };
    },
  };
}

function inline(outDir) {
  let html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const used = new Set(['index.html']);
  const read = (href) => {
    const path = join(outDir, href);
    used.add(href.replace(/^\.\//, ''));
    return readFileSync(path, 'utf8');
  };
  // One pass over Vite's page, so no inlined text is ever scanned again.
  const tag = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>|<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g;
  // Anything else the page would fetch has no place in a file opened offline.
  const left = [...html.replace(tag, '').matchAll(/<(?:link|script)\b[^>]*(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => !url.startsWith('data:'));
  if (left.length) throw new Error(`build-single: still references ${left.join(', ')}`);
  html = html.replace(tag, (whole, href, src) => (href
    ? `<style>\n${read(href).replace(/<\/(style)/gi, '<\\/$1')}\n</style>`
    : `<script type="module">\n${scriptText(read(src), src)}\n</script>`));

  const files = readdirSync(outDir, { recursive: true }).filter((f) => statSync(join(outDir, f)).isFile());
  const extra = files.filter((f) => !used.has(f.split('\\').join('/')));
  if (extra.length) throw new Error(`build-single: the build made files that are not inlined: ${extra.join(', ')}`);
  return html;
}

const scratch = mkdtempSync(join(tmpdir(), 'yieldlab-single-'));
try {
  await buildPage(scratch);
  if (!runtimeInjected) throw new Error('build-single: the runtime worker (site/src/worker.js) was not in the build');
  const html = inline(scratch);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  console.log(`build-single: ${outFile} (${(html.length / 1e6).toFixed(1)} MB)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
