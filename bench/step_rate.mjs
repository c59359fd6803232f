#!/usr/bin/env node
// Line stepping through the session API, as the page's Step button drives
// it: session.step('into', budget) again and again on a generator pipeline,
// in a fresh Node process. Prints one JSON line: {"stepsPerSecond": line
// steps per second of step() alone, "withSnapshotPerSecond": the same with
// the snapshot the page reads after every step, "steps": steps timed}.
// bench/run.mjs runs it and checks issue 6's target (>= 100,000 per second).
//
// Each rate is timed over a second or so of stepping after a warm-up of
// 20,000 steps, so V8 has optimised the runtime, as it has on a page where
// someone has been clicking for a while.
import { loadYieldlab } from '../wasm/load.mjs';

const PROGRAM = `def numbers(n):
    for i in range(n):
        yield i

def squares(xs):
    for x in xs:
        yield x * x

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

total = 0
for v in evens(squares(numbers(10 ** 9))):
    total += v
`;

const yl = await loadYieldlab();
const session = new yl.Session();
const load = JSON.parse(session.load(PROGRAM, 'steps.py'));
if (!load.ok) throw new Error(`step_rate: program did not load: ${JSON.stringify(load.error)}`);

function step() {
  const r = JSON.parse(session.step('into', 100_000));
  if (r.status !== 'paused' || !r.stop) throw new Error(`step_rate: a step ended with ${JSON.stringify(r)}`);
}

// Steps for about `ms` milliseconds; returns steps per second.
function rate(ms, withSnapshot) {
  let steps = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 1000; i++) {
      step();
      if (withSnapshot) session.snapshot();
    }
    steps += 1000;
    now = performance.now();
  }
  return { perSecond: (steps * 1000) / (now - start), steps };
}

for (let i = 0; i < 20_000; i++) step();
const plain = rate(1000, false);
const withSnapshot = rate(1000, true);
console.log(JSON.stringify({
  stepsPerSecond: Math.round(plain.perSecond),
  withSnapshotPerSecond: Math.round(withSnapshot.perSecond),
  steps: plain.steps,
}));
