// A tiny static file server for the built site: `node scripts/serve.mjs
// [DIR] [PORT]`. Imported by the browser test, which asks for port 0.
// Static files only, GET/HEAD only, never outside DIR.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm', // required by WebAssembly.instantiateStreaming
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
};

function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = resolve(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return fileFor(root, join(path, 'index.html'));
    return stat.isFile() ? { full, size: stat.size } : null;
  } catch {
    return null;
  }
}

// Resolves to the listening http.Server; server.address().port is the port.
export function serve(dir, { port = 8080, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, req.url);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file.full)] ?? 'application/octet-stream',
      'Content-Length': file.size,
      'Cache-Control': 'no-cache', // always revalidate: rebuilds show up on reload
      // Public static files: pages on other origins may load them, as a docs
      // site does when it embeds widget.js (module scripts and wasm need CORS).
      'Access-Control-Allow-Origin': '*',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.full).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'site/dist', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = await serve(dir, { port: Number(port), host });
  const shown = host === '127.0.0.1' ? 'localhost' : host;
  console.log(`yieldlab: serving ${dir} at http://${shown}:${server.address().port}/ (Ctrl+C to stop)`);
}
