// Running programs: the opening example, Run replacing a run, output as
// text, error markers, Stop (both ways), limits, and the code kept across
// reloads. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, act, settled, text, screenshot, editorText } from './playground.mjs';
import { dist } from './harness.mjs';

// What the built runtime itself counts for `code` run to its end, outside
// the page: the figure the read-out must show.
async function runtimeCount(code) {
  const create = createRequire(import.meta.url)(join(dist, 'runtime/yieldlab_wasm.js'));
  const yl = await create({ wasmBinary: readFileSync(join(dist, 'runtime/yieldlab_wasm.wasm')) });
  const session = new yl.Session();
  session.load(code, 'main.py');
  const result = JSON.parse(session.run(1e9));
  session.delete();
  assert.equal(result.status, 'finished');
  return result.instructions;
}

const count = (s) => Number(s.replace(/,/g, ''));

test('the read-out shows the exact instruction count of a run, and what each step cost', async () => {
  const code = 'total = 0\nfor i in range(50):\n    total += i\nprint(total)\n';
  const expected = await runtimeCount(code);
  const { page, close } = await open(code);
  assert.equal(await act(page, 'run'), 'ended');
  const ran = (await text(page, 'progress')).match(/^([\d,]+) instructions · [\d.]+ KB live$/);
  assert.ok(ran, await text(page, 'progress'));
  assert.equal(count(ran[1]), expected);

  // Stepping the same program: each step's cost adds up to the new total,
  // and the whole program costs what the run did.
  let total = 0;
  for (let k = 0; k < 4; k++) {
    assert.equal(await act(page, 'step-into'), 'paused');
    const [, now, cost] = (await text(page, 'progress')).match(/^([\d,]+) instructions \(\+([\d,]+) this step\) · [\d.]+ KB live$/);
    assert.equal(count(now), total + count(cost));
    if (k > 0) assert.ok(count(cost) > 0, `step ${k + 1} ran something`);
    total = count(now);
  }
  assert.equal(await act(page, 'continue'), 'ended');
  assert.equal(count((await text(page, 'progress')).match(/^([\d,]+) instructions/)[1]), expected);
  await close();
});

test('opens on the power-of-two generator and runs it', async () => {
  const { page, close } = await open();
  assert.match(await editorText(page), /^def power\(n\):\n    for i in range\(n\):\n        yield 2\*\*i\n/);
  assert.equal(await act(page, 'run'), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]');
  assert.equal(await page.getByTestId('status').getAttribute('data-kind'), 'ok');
  await screenshot(page, 'run.png');
  await close();
});

test('Ctrl+Enter runs; a second Run replaces the first and its output appears once', async () => {
  const { page, close } = await open();
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('run').click();
  assert.equal(await settled(page), 'ended');
  await page.waitForTimeout(200); // room for a stale reply to (wrongly) arrive
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]');
  await close();
});

test('program output is text, stderr apart, and the error is marked at its line and column', async () => {
  const code = 'print("<b>not bold</b>")\nx = 1\ny = x + undefined_name\n';
  const { page, close } = await open(code, { colorScheme: 'dark' });
  assert.equal(await act(page, 'run'), 'ended');
  const out = page.getByTestId('output');
  assert.equal(await out.locator('.stdout').textContent(), '<b>not bold</b>\n');
  assert.equal(await out.locator('b').count(), 0, 'output must never become HTML');
  assert.match(await out.locator('.stderr').textContent(), /NameError: name 'undefined_name' is not defined\n$/);
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  // Line 3, from column 9 (undefined_name): the squiggle starts under it.
  const box = await squiggle.boundingBox();
  const lineBox = await page.locator('.monaco-editor .view-line').nth(2).boundingBox();
  assert.ok(Math.abs(box.y + box.height - (lineBox.y + lineBox.height)) < 6, 'the marker is on line 3');
  const charWidth = (await page.locator('.monaco-editor .view-line').nth(2).locator('span').first().boundingBox()).width / 'y = x + undefined_name'.length;
  assert.ok(Math.abs(box.x - lineBox.x - 8 * charWidth) < charWidth, 'the marker starts at column 9');
  // Monaco shows the marker's message when the mouse rests on the word.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.locator('.monaco-hover').filter({ hasText: "NameError: name 'undefined_name' is not defined" }).first().waitFor();
  await screenshot(page, 'error-dark.png');
  await close();
});

test('a syntax error is marked where the parser stopped', async () => {
  const { page, close } = await open('def f(:\n    pass\n');
  assert.equal(await act(page, 'run'), 'ended');
  assert.match(await text(page, 'output'), /SyntaxError/);
  assert.match(await text(page, 'status'), /^SyntaxError/);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  await close();
});

test('Stop ends an endless loop within 200 ms, and the page stays usable', async () => {
  const { page, close } = await open('n = 0\nwhile True:\n    n += 1\n');
  await page.getByTestId('run').click();
  await page.waitForFunction(() => /instructions/.test(document.querySelector('[data-testid="progress"]').textContent));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.body.dataset.mode), 'busy');
  assert.match(await text(page, 'progress'), /^[\d.,]+ [kM]? ?instructions · [\d.]+ KB live$/, 'the progress read-out runs');
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver(() => {
      if (document.body.dataset.mode !== 'busy') resolve(performance.now() - start);
    }).observe(document.body, { attributes: true });
    document.querySelector('[data-testid="stop"]').click();
  }));
  assert.ok(ms < 200, `Stop took ${ms} ms`);
  assert.match(await text(page, 'output'), /\[stopped\]/);
  assert.match(await text(page, 'status'), /Stopped at line [23]/);
  // Stopped, not gone: the console sees the program's globals.
  await page.getByTestId('console-input').fill('n > 0');
  await page.getByTestId('console-input').press('Enter');
  assert.equal(await settled(page), 'paused');
  assert.match(await text(page, 'output'), />>> n > 0\nTrue$/);
  await close();
});

test('Stop terminates a runtime stuck in one long call, and Run works again', async () => {
  const { page, close } = await open('x = 7 ** 5_000_000\n');
  await page.getByTestId('run').click();
  await page.waitForTimeout(400);
  const started = Date.now();
  await page.getByTestId('stop').click();
  assert.equal(await settled(page, 2000), 'idle');
  assert.ok(Date.now() - started < 1000);
  assert.match(await text(page, 'status'), /runtime was restarted/);
  assert.match(await text(page, 'output'), /\[stopped\]/);
  await page.getByTestId('reset').click();
  assert.equal(await act(page, 'step-into'), 'paused', 'a fresh worker answers');
  assert.match(await text(page, 'status'), /Paused at line 1/);
  await close();
});

test('a program that hits the memory limit shows MemoryError and the page stays usable', async () => {
  const code = 'chunks = []\nwhile True:\n    chunks.append("x" * 1_000_000)\n';
  const { page, close } = await open(code);
  assert.equal(await act(page, 'run'), 'ended');
  assert.match(await text(page, 'output'), /MemoryError/);
  assert.match(await text(page, 'status'), /^MemoryError/);
  await page.getByTestId('console-input').fill('len(chunks) > 100');
  await page.getByTestId('console-input').press('Enter');
  assert.equal(await settled(page), 'ended');
  assert.match(await text(page, 'output'), /True$/);
  await close();
});

test('the code is kept across reloads; Reset clears the output but not the code', async () => {
  const { page, close } = await open();
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nprint("kept")');
  await page.waitForTimeout(500); // the save is debounced
  // Let the runtime's background download finish: a reload that cuts it
  // short counts as a failed request.
  assert.equal(await act(page, 'run'), 'ended');
  await page.reload();
  await page.locator('.monaco-editor .view-lines').waitFor();
  assert.match(await editorText(page), /print\("kept"\)/);
  assert.equal(await act(page, 'run'), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]\nkept');
  await page.getByTestId('reset').click();
  assert.equal(await text(page, 'output'), '');
  assert.match(await editorText(page), /print\("kept"\)/);
  await close();
});

test('a flood of output keeps the page responsive and ends at the output limit', async () => {
  const { page, close } = await open('for i in range(10**6):\n    print(i, "a line of output")\n');
  await page.getByTestId('run').click();
  // The page answers while the output pours in.
  let slowest = 0;
  while (await page.evaluate(() => document.body.dataset.mode) === 'busy') {
    const start = Date.now();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    slowest = Math.max(slowest, Date.now() - start);
  }
  assert.ok(slowest < 2000, `a frame took ${slowest} ms`); // it was 40 s before output came in chunks
  assert.match(await text(page, 'status'), /^RuntimeError: output limit reached/);
  const out = await page.getByTestId('output').evaluate((el) => ({ length: el.textContent.length, dropped: el.dataset.dropped }));
  assert.ok(out.length <= 100_000, `${out.length} characters shown`);
  assert.match(out.dropped, /^[\d,]+$/, 'says that earlier output is not shown');
  await close();
});
