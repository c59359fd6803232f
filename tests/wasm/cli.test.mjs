// wasm/yieldlab.mjs, the wasm twin of the native CLI that bench/ times: same
// stdout, stderr and exit status as python3 for a program run in many slices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = fileURLToPath(new URL('../../wasm/yieldlab.mjs', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('a program longer than one slice prints what python3 prints', () => {
  // About 3 million instructions: several of the CLI's ramped slices.
  const r = run('-c', 'def squares(n):\n    for i in range(n):\n        yield i * i\nprint(sum(x % 10 for x in squares(250_000)))\n');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '1125000\n');
  assert.equal(r.status, 0);
});

test('an uncaught exception prints the traceback and exits with 1', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'yl-cli-')), 'div.py');
  writeFileSync(file, 'print("before")\n1 / 0\n');
  const r = run(file);
  assert.equal(r.stdout, 'before\n');
  assert.equal(r.stderr, `Traceback (most recent call last):\n  File "${file}", line 2, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n`);
  assert.equal(r.status, 1);
});

test('a missing file and bad arguments get the native CLI messages', () => {
  const missing = run('no/such/file.py');
  assert.equal(missing.stderr, "yieldlab: can't open file 'no/such/file.py': No such file or directory\n");
  assert.equal(missing.status, 2);
  const usage = run();
  assert.equal(usage.stderr, 'usage: yieldlab FILE.py | yieldlab -c CODE\n');
  assert.equal(usage.status, 2);
});
