// The wasm build's Session, driven from Node exactly as the worker drives it:
// JSON in, JSON out, in slices. Needs build/wasm (bash scripts/build.sh wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadYieldlab, runProgram } from '../../wasm/load.mjs';

const POWER = `def power(n):
    for i in range(n):
        yield 2**i

print(list(power(5)))
`;

const yl = await loadYieldlab();

// A fresh session for one test, always freed (Embind objects are not GC'd).
function withSession(fn) {
  const session = new yl.Session();
  try {
    return fn(session);
  } finally {
    session.delete();
  }
}

test('a generator program runs to completion', () => {
  withSession((s) => {
    assert.deepEqual(JSON.parse(s.load(POWER, 'power.py')), { ok: true });
    const r = JSON.parse(s.run(1e9));
    assert.equal(r.status, 'finished');
    assert.equal(r.stdout, '[1, 2, 4, 8, 16]\n');
    assert.equal(r.stderr, '');
    assert.equal(r.error, null);
  });
});

test('a syntax error reports type, line and column', () => {
  withSession((s) => {
    const load = JSON.parse(s.load('x = 1\ny = $\n', 'bad.py'));
    assert.equal(load.ok, false);
    assert.equal(load.error.type, 'SyntaxError');
    assert.equal(typeof load.error.message, 'string');
    assert.equal(load.error.line, 2);
    assert.equal(load.error.col, 5, 'columns are 1-based, like Python');
    // The traceback python3 would print is handed over by the next run().
    const r = JSON.parse(s.run(1000));
    assert.match(r.stderr, /File "bad\.py", line 2/);
    assert.match(r.stderr, /SyntaxError/);
  });
});

test('a runtime error ends in status error with a traceback on stderr', async () => {
  const r = await runProgram('print("before")\nraise ValueError("bad")\n', { filename: 'boom.py' });
  assert.equal(r.status, 'error');
  assert.equal(r.stdout, 'before\n');
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n/);
  assert.match(r.stderr, /File "boom\.py", line 2/);
  assert.match(r.stderr, /ValueError: bad\n$/);
  assert.equal(r.error.type, 'ValueError');
  assert.equal(r.error.message, 'bad');
  assert.equal(r.error.line, 2);
});

test('small budgets pause and resume to the same output', async () => {
  const program = `${POWER}print("between")\nprint(list(power(8)))\n`;
  const whole = await runProgram(program);
  assert.equal(whole.status, 'finished');

  withSession((s) => {
    assert.equal(JSON.parse(s.load(program, '<string>')).ok, true);
    const statuses = [];
    let stdout = '';
    let r;
    do {
      r = JSON.parse(s.run(5));
      statuses.push(r.status);
      stdout += r.stdout;
    } while (r.status === 'paused' && statuses.length < 1_000_000);
    assert.equal(statuses[0], 'paused');
    assert.equal(r.status, 'finished');
    assert.equal(stdout, whole.stdout);
  });
});

test('sessions are independent of each other', () => {
  const a = new yl.Session();
  const b = new yl.Session();
  try {
    a.load('print("a")\n', 'a.py');
    b.load(POWER, 'b.py');
    assert.equal(JSON.parse(b.run(1e9)).stdout, '[1, 2, 4, 8, 16]\n');
    assert.equal(JSON.parse(a.run(1e9)).stdout, 'a\n');
  } finally {
    a.delete();
    b.delete();
  }
});
