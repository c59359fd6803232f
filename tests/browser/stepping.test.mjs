// Stepping: into a generator that list() consumes, over, out, Back through
// the recorded steps (and replaying them), breakpoints from the gutter, and
// the keys for each control.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, act, settled, text, screenshot, stackFrames, currentLine } from './playground.mjs';

const POWER = 'def power(n):\n    for i in range(n):\n        yield 2**i\n\nvalues = list(power(5))\nprint(values)\n';

// Steps into until the stack's innermost frame is `name`, at most `limit` times.
async function stepUntil(page, name, limit = 10) {
  for (let n = 0; n < limit; n++) {
    assert.equal(await act(page, 'step-into'), 'paused');
    if ((await stackFrames(page))[0]?.name === name) return;
  }
  assert.fail(`never stepped into ${name}`);
}

test('Step into follows list() into the generator; over, out and Back', async () => {
  const { page, close } = await open(POWER);
  assert.equal(await act(page, 'step-into'), 'paused');
  assert.equal(await currentLine(page), 1, 'a fresh program stops on its first line');
  await stepUntil(page, 'power');
  // The generator runs under list(): its frame, the built-in, then the module.
  const frames = await stackFrames(page);
  assert.deepEqual(frames.map((f) => f.name), ['power', 'list', '<module>']);
  assert.equal(frames[1].native, true);
  assert.equal(frames[2].line, 5);
  assert.equal(await text(page, 'gen-state'), 'running');
  assert.equal(await currentLine(page), frames[0].line);

  // Into the loop body, then over it until a value has been yielded.
  while ((await stackFrames(page))[0].line !== 3) await act(page, 'step-into');
  assert.equal(await act(page, 'step-over'), 'paused');
  const card = page.getByTestId('gen-card');
  await card.getByTestId('gen-yielded').filter({ hasText: '1' }).waitFor();
  await screenshot(page, 'step-into-generator.png');

  // Back shows the state as it was: the line and the card's yielded values.
  const before = await text(page, 'status');
  assert.equal(await act(page, 'back'), 'past');
  assert.equal(await currentLine(page), 3);
  assert.match(await text(page, 'status'), /^Back: step \d+ of \d+ \(line 3\), as it was$/);
  assert.equal(await card.getByTestId('gen-yielded').textContent(), 'nothing yielded yet');
  assert.equal(await page.getByTestId('gen-next').isDisabled(), true, 'the past is read-only');
  await screenshot(page, 'back.png');
  // Stepping from the past replays the recorded steps up to the present.
  assert.equal(await act(page, 'step-into'), 'paused');
  assert.equal(await text(page, 'status'), before, 'the present again');

  // Step out of the generator: list() pulls the rest, the module goes on.
  assert.equal(await act(page, 'step-out'), 'paused');
  const module = await stackFrames(page);
  assert.deepEqual(module.map((f) => f.name), ['<module>']);
  assert.equal(module[0].line, 6);
  assert.equal(await text(page, 'output'), '');
  assert.equal(await act(page, 'continue'), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]');
  await close();
});

test('the keys: F11 steps into, F10 over, Shift+F11 out, Shift+F10 back, F8 continues', async () => {
  const { page, close } = await open(POWER);
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('F11');
  assert.equal(await settled(page), 'paused');
  await page.keyboard.press('F10'); // over the def: to line 5
  assert.equal(await settled(page), 'paused');
  assert.equal(await currentLine(page), 5);
  await page.keyboard.press('F11');
  assert.equal(await settled(page), 'paused');
  assert.equal((await stackFrames(page))[0].name, 'power');
  await page.keyboard.press('Shift+F11');
  assert.equal(await settled(page), 'paused');
  assert.equal((await stackFrames(page))[0].name, '<module>');
  await page.keyboard.press('Shift+F10');
  assert.equal(await settled(page), 'past');
  assert.equal((await stackFrames(page))[0].name, 'power');
  await page.keyboard.press('F8');
  assert.equal(await settled(page), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]');
  await close();
});

test('breakpoints: click the gutter, Run stops there, Continue goes on, a second click removes it', async () => {
  const { page, close } = await open(POWER);
  const gutterOf = async (line) => {
    const box = await page.locator('.monaco-editor .margin-view-overlays > div').nth(line - 1).boundingBox();
    return { x: box.x + 8, y: box.y + box.height / 2 };
  };
  const at3 = await gutterOf(3);
  await page.mouse.click(at3.x, at3.y);
  await page.locator('.breakpoint-glyph').waitFor();
  assert.equal(await act(page, 'run'), 'paused');
  assert.match(await text(page, 'status'), /^Breakpoint: line 3 in power\(\)/);
  assert.equal(await currentLine(page), 3);
  assert.equal(await act(page, 'continue'), 'paused');
  assert.equal(await page.getByTestId('gen-yielded').locator('li').count(), 1);
  await screenshot(page, 'breakpoint.png');
  await page.mouse.click(at3.x, at3.y);
  await page.locator('.breakpoint-glyph').waitFor({ state: 'detached' }); // drawn on the next frame
  assert.equal(await act(page, 'continue'), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]');
  await close();
});

test('Stop ends a stepping session; Reset clears it', async () => {
  const { page, close } = await open(POWER);
  await act(page, 'step-into');
  await act(page, 'step-into');
  assert.equal(await page.getByTestId('stop').isEnabled(), true);
  assert.equal(await act(page, 'stop'), 'ended');
  assert.equal(await currentLine(page), null);
  assert.equal(await act(page, 'reset'), 'idle');
  assert.deepEqual(await stackFrames(page), []);
  assert.equal(await page.getByTestId('back').isDisabled(), true);
  await close();
});

test('an edit while paused: the next step starts the new code over from line 1', async () => {
  const { page, close } = await open(POWER);
  await act(page, 'step-into');
  await act(page, 'step-over');
  assert.equal(await currentLine(page), 5);
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("edited")');
  assert.equal(await text(page, 'status'), 'The code changed: the next step or Run starts it over');
  assert.equal(await act(page, 'step-into'), 'paused');
  assert.equal(await currentLine(page), 1);
  assert.equal(await act(page, 'continue'), 'ended');
  assert.equal(await text(page, 'output'), '[1, 2, 4, 8, 16]\nedited');
  await close();
});
