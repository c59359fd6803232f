// Vite plugin: after a build, writes dist/sw.js from site/src/sw.js with the
// list of every file in dist (so the service worker can cache all of them on
// install) and a version hashed from their contents (so any change to the
// build installs a fresh cache). Runs last, when public/ has been copied too.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MARKER = /^const PRECACHE = .*$/m; // the line in sw.js the build fills in

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function offlinePlugin({ template, output = 'sw.js' }) {
  let outDir;
  return {
    name: 'yieldlab-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = filesUnder(outDir).filter((file) => file !== output);
      const hash = createHash('sha256');
      for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
      const precache = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
      const source = readFileSync(template, 'utf8');
      if (!MARKER.test(source)) throw new Error(`${template}: no "const PRECACHE = ..." line to fill in`);
      const line = `const PRECACHE = ${JSON.stringify(precache)};`;
      writeFileSync(join(outDir, output), source.replace(MARKER, () => line));
    },
  };
}
