#!/usr/bin/env node
// `node wasm/yieldlab.mjs FILE.py` / `-c CODE`: the wasm twin of the native
// CLI. Same stdout, stderr and exit status, so the conformance runner can
// hold both builds to the same expected output.
import { readFileSync } from 'node:fs';
import { loadYieldlab, drive, rampedBudget } from './load.mjs';

function usage() {
  process.stderr.write('usage: yieldlab FILE.py | yieldlab -c CODE\n');
  process.exit(2);
}

// The same argument rules and messages as cli/main.cpp.
function parseArgs(argv) {
  if (argv.length === 2 && argv[0] === '-c') return { source: argv[1], filename: '<string>' };
  if (argv.length !== 1) usage();
  const path = argv[0];
  try {
    // python3 shows the script as cwd + the path given, unnormalised.
    const shown = path.startsWith('/') ? path : `${process.cwd()}/${path}`;
    return { source: readFileSync(path, 'utf8'), filename: shown };
  } catch {
    process.stderr.write(`yieldlab: can't open file '${path}': No such file or directory\n`);
    process.exit(2);
  }
}

const { source, filename } = parseArgs(process.argv.slice(2));
const yl = await loadYieldlab();
const session = new yl.Session();
// Write each slice's output as it arrives, so long programs stream like the
// native CLI. Node writes to files and pipes synchronously on Linux.
// input() reads our stdin line by line, like the native CLI. Read lazily:
// only a program that calls input() waits for stdin.
let stdinLines = null;
function nextInputLine() {
  if (stdinLines === null) {
    let text = '';
    try { text = readFileSync(0, 'utf8'); } catch { /* no stdin */ }
    stdinLines = text.split('\n');
    if (stdinLines[stdinLines.length - 1] === '') stdinLines.pop();
  }
  return stdinLines.length ? stdinLines.shift() : null;
}

const { status } = drive(session, source, filename, {
  budget: rampedBudget,
  onInput: nextInputLine,
  onChunk(out, err) {
    if (out) process.stdout.write(out);
    if (err) process.stderr.write(err);
  },
});
// No session.delete(): the process ends here and its wasm memory with it.
// exitCode (not exit()) lets pending writes to a pipe drain first.
process.exitCode = status === 'error' ? 1 : 0;
