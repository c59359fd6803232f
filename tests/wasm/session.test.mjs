// The wasm build's Session, driven from Node exactly as the worker drives it:
// JSON in, JSON out, in slices. Needs build/wasm (bash scripts/build.sh wasm).
//
// Each test gets its own runtime instance, so a wasm trap in one test cannot
// leave a corrupted heap to the next. Sessions are freed only in the test
// about freeing; elsewhere they go away with their instance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createYieldlabInstance, drive, rampedBudget } from '../../wasm/load.mjs';

const POWER = `def power(n):
    for i in range(n):
        yield 2**i

print(list(power(5)))
`;

async function newSession() {
  const yl = await createYieldlabInstance();
  return new yl.Session();
}

// Runs `source` to the end in slices of `budget`; output collected.
async function runAll(source, { filename = '<string>', budget } = {}) {
  const session = await newSession();
  let stdout = '';
  let stderr = '';
  const end = drive(session, source, filename, {
    budget,
    onChunk(out, err) {
      stdout += out;
      stderr += err;
    },
  });
  return { ...end, stdout, stderr };
}

test('a generator program runs to completion', async () => {
  const s = await newSession();
  assert.deepEqual(JSON.parse(s.load(POWER, 'power.py')), { ok: true });
  const r = JSON.parse(s.run(1e9));
  assert.equal(r.status, 'finished');
  assert.equal(r.stdout, '[1, 2, 4, 8, 16]\n');
  assert.equal(r.stderr, '');
  assert.equal(r.error, null);
});

test('a syntax error reports type, line and column', async () => {
  const s = await newSession();
  const load = JSON.parse(s.load('x = 1\ny = $\n', 'bad.py'));
  assert.equal(load.ok, false);
  assert.equal(load.error.type, 'SyntaxError');
  assert.equal(typeof load.error.message, 'string');
  assert.equal(load.error.line, 2);
  assert.equal(load.error.col, 5, 'columns are 1-based, like Python');
  // The traceback python3 would print is handed over by the next run().
  const r = JSON.parse(s.run(1000));
  assert.match(r.stderr, /File "bad\.py", line 2/);
  assert.match(r.stderr, /SyntaxError: invalid syntax\n$/);
});

test('a runtime error ends in status error with a traceback on stderr', async () => {
  const r = await runAll('print("before")\nraise ValueError("bad")\n', { filename: 'boom.py' });
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
  const program = `${POWER}print("between")\nprint(sum(power(64)))\n`;
  const whole = await runAll(program);
  assert.equal(whole.status, 'finished');
  assert.equal(whole.stdout, '[1, 2, 4, 8, 16]\nbetween\n18446744073709551615\n');

  const s = await newSession();
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
  assert.ok(statuses.length > 10, `only ${statuses.length} slices of 5 instructions`);
  assert.equal(r.status, 'finished');
  assert.equal(stdout, whole.stdout);
});

test('a budget given per slice ramps up and gives the same output', async () => {
  const program = `${POWER}total = 0\nfor i in range(300_000):\n    total += i % 7\nprint(total)\n`;
  const fixed = await runAll(program, { budget: 1e9 });
  const asked = [];
  const ramped = await runAll(program, { budget: (slice) => { asked.push(slice); return rampedBudget(slice); } });
  assert.equal(ramped.status, 'finished');
  assert.equal(ramped.stdout, fixed.stdout);
  assert.deepEqual(asked, asked.map((_, i) => i), 'slices are numbered 0, 1, 2, ...');
  assert.ok(asked.length > 3, `${asked.length} slices for about 2.4 million instructions`);
  assert.deepEqual([0, 1, 3, 4, 9].map(rampedBudget), [100_000, 200_000, 800_000, 1_000_000, 1_000_000]);
});

test('sessions in one instance are independent of each other', async () => {
  const yl = await createYieldlabInstance();
  const a = new yl.Session();
  const b = new yl.Session();
  a.load('x = "a"\n', 'a.py');
  b.load(`x = "b"\n${POWER}`, 'b.py');
  assert.equal(JSON.parse(a.run(3)).status, 'paused');
  assert.equal(JSON.parse(b.run(1e9)).stdout, '[1, 2, 4, 8, 16]\n');
  a.run(1e9);
  a.load('print(x)\n', 'a2.py');
  assert.equal(JSON.parse(a.run(1e9)).stdout, 'a\n');
});

test('Session.delete() frees sessions and the instance stays usable', async () => {
  const yl = await createYieldlabInstance();
  for (const source of [POWER, 'raise KeyError(1)\n', 'def (:\n', 'g = (i for i in range(9))\nnext(g)\n']) {
    const s = new yl.Session();
    s.load(source, 'free.py');
    s.run(1e9);
    s.delete();
  }
  const s = new yl.Session();
  s.load(POWER, 'again.py');
  assert.equal(JSON.parse(s.run(1e9)).stdout, '[1, 2, 4, 8, 16]\n');
  s.delete();
});
