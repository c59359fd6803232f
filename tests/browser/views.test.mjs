// The rest of the page: the Memory panel, the Compare view, the example
// gallery, share links, the phone-width layout, both themes, and an
// accessible name on every control.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, act, text, screenshot, editorText, shareFragment, baseUrl } from './playground.mjs';

const KB = { B: 1 / 1024, KB: 1, MB: 1024, GB: 1024 * 1024 };
const kilobytes = (s) => {
  const [, n, unit] = s.match(/^([\d.]+) (B|KB|MB|GB)$/);
  return Number(n) * KB[unit];
};

test('Memory: live and peak bytes, objects, by type, and a chart over instructions', async () => {
  const code = 'big = [str(i) for i in range(20000)]\ncount = len(big)\ndel big\nprint(count)\n';
  const { page, close } = await open(code);
  assert.equal(await act(page, 'run'), 'ended');
  const live = kilobytes(await text(page, 'mem-live'));
  const peak = kilobytes(await text(page, 'mem-peak'));
  assert.ok(peak > live + 500, `the 20000 strings show in the peak (${peak} KB) but are gone from live (${live} KB)`);
  assert.match(await text(page, 'mem-objects'), /^[\d,]+$/);
  assert.match(await page.getByTestId('mem-types').textContent(), /typeobjectsbytes/);
  const chart = page.getByTestId('mem-chart');
  assert.match(await chart.getAttribute('aria-label'), /^Memory chart: .* live after [\d,]+ instructions; peak [\d.]+ MB$/);
  assert.ok((await chart.locator('.chart-live').getAttribute('d')).split('V').length > 5, 'the chart has several samples');
  await screenshot(page, 'memory.png');
  await close();
});

test('Compare runs the list and the generator version and shows their figures and ratio', async () => {
  const { page, close } = await open();
  await page.getByTestId('compare').click();
  assert.equal(await page.getByTestId('compare').getAttribute('aria-pressed'), 'true');
  await page.locator('.compare-editor .monaco-editor').nth(1).waitFor();
  assert.equal(await page.getByTestId('compare-example').inputValue(), 'power', 'prefilled for the example');
  await page.getByTestId('compare-run').click();
  await page.getByTestId('compare-status').filter({ hasText: /^Done/ }).waitFor({ timeout: 60_000 });
  const figures = {};
  for (const side of ['list', 'gen']) {
    for (const name of ['peak', 'objects', 'time', 'instructions']) {
      figures[`${side}-${name}`] = await text(page, `compare-${side}-${name}`);
    }
  }
  assert.ok(kilobytes(figures['list-peak']) > 10 * kilobytes(figures['gen-peak']), JSON.stringify(figures));
  assert.ok(Number(figures['list-objects'].replace(/,/g, '')) > 1000, figures['list-objects']);
  assert.match(figures['gen-time'], /^[\d.]+ (ms|s)$/);
  assert.match(figures['gen-instructions'], /^[\d.,]+( k| M)?$/);
  const ratio = await text(page, 'compare-ratio');
  assert.match(ratio, /^[\d.]+×$/);
  assert.ok(Number(ratio.slice(0, -1)) > 10, ratio);
  const size = await page.getByTestId('compare-ratio').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 40, 'the ratio is in large type');
  assert.equal(await text(page, 'compare-status'), 'Done: both printed the same output.');
  await screenshot(page, 'compare.png');
  await close();
});

test('the gallery lists examples by tutorial section and opens one in the editor', async () => {
  const { page, close } = await open();
  await page.getByTestId('examples').click();
  const gallery = page.getByTestId('gallery');
  await gallery.waitFor();
  assert.ok(await gallery.locator('.gallery-section').count() >= 8, 'a section per tutorial section');
  await screenshot(page, 'gallery.png');
  const card = gallery.getByTestId('example').nth(3);
  const title = await card.locator('.example-title').textContent();
  await card.click();
  assert.equal(await gallery.isVisible(), false);
  assert.notEqual(await editorText(page), '');
  assert.doesNotMatch(await editorText(page), /^def power\(n\):\n    for i in range\(n\):\n        yield 2\*\*i\n\nprint/, `${title} replaced the opening example`);
  assert.equal(await act(page, 'run'), 'ended');
  assert.equal(await page.getByTestId('status').getAttribute('data-kind'), 'ok');
  await close();
});

test('Share puts the code in a link; opening the link restores it without running it', async () => {
  const code = 'def squares(n):\n    for i in range(n):\n        yield i * i  # ünïcode ✓\n\nprint(list(squares(4)))\n';
  const first = await open(code);
  await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await first.page.getByTestId('share').click();
  const link = await first.page.getByTestId('share-link').inputValue();
  assert.equal(link, baseUrl + shareFragment(code));
  await first.page.getByTestId('share-note').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await first.page.evaluate(() => navigator.clipboard.readText()), link);
  await first.close();

  const second = await open(undefined, { url: link });
  assert.equal(await editorText(second.page), code);
  await second.page.waitForTimeout(300);
  assert.equal(await text(second.page, 'output'), '', 'a shared program is not run on open');
  assert.equal(await second.page.evaluate(() => document.body.dataset.mode), 'idle');
  assert.equal(await second.page.evaluate(() => location.hash), '', 'the address bar no longer pins the shared code');
  assert.equal(await act(second.page, 'run'), 'ended');
  assert.equal(await text(second.page, 'output'), '[0, 1, 4, 9]');
  await second.close();
});

test('at 360 px wide the panels stack and nothing overflows sideways', async () => {
  const { page, close } = await open(undefined, { viewport: { width: 360, height: 740 } });
  await act(page, 'step-into');
  await act(page, 'step-over');
  await act(page, 'step-into');
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const editor = await box('.editor-panel');
  const output = await box('.output-panel');
  const gens = await box('.gen-panel');
  const stack = await box('.stack-panel');
  const memory = await box('.memory-panel');
  assert.ok(editor.y + editor.height <= output.y && output.y + output.height <= gens.y, 'editor, output, generators from top to bottom');
  assert.ok(gens.y + gens.height <= stack.y && stack.y + stack.height <= memory.y, 'then stack, then memory');
  for (const b of [editor, output, gens, stack, memory]) assert.ok(b.x >= 0 && b.x + b.width <= 360, JSON.stringify(b));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');
  for (const id of ['run', 'step-into', 'step-over', 'step-out', 'back', 'continue', 'stop', 'reset']) {
    const b = await page.getByTestId(id).boundingBox();
    assert.ok(b.x >= 0 && b.x + b.width <= 360, `${id} fits`);
  }
  await screenshot(page, 'phone.png');
  await close();
});

test('the theme follows the system and the toggle switches it (and is remembered)', async () => {
  const { page, close } = await open(undefined, { colorScheme: 'dark' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await theme(), 'dark');
  const dark = await background();
  assert.ok(await page.locator('.monaco-editor.vs-dark').count() > 0);
  await page.getByTestId('theme').click();
  assert.equal(await theme(), 'light');
  assert.notEqual(await background(), dark);
  assert.ok(await page.locator('.monaco-editor.vs').count() > 0);
  // The runtime loads in the background; a reload that cuts its download
  // short counts as a failed request, so let one run finish first.
  assert.equal(await act(page, 'run'), 'ended');
  await page.reload();
  assert.equal(await theme(), 'light');
  await close();
});

test('every control has an accessible name and the toolbar is reachable with Tab', async () => {
  const { page, close } = await open();
  await act(page, 'run');
  const unnamed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('button, input, select, textarea, [role="button"]')]
      .filter((el) => !el.closest('.monaco-editor') && el.getClientRects().length > 0);
    const name = (el) => (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.title || '').trim();
    return controls.filter((el) => !name(el)).map((el) => el.outerHTML.slice(0, 80));
  });
  assert.deepEqual(unnamed, []);
  // From the top of the page, Tab reaches the view tabs, the top buttons and the toolbar.
  await page.locator('.brand').click();
  const reached = [];
  for (let n = 0; n < 12; n++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.dataset.testid ?? document.activeElement.textContent.trim()));
  }
  for (const id of ['compare', 'examples', 'share', 'theme', 'run', 'continue', 'step-into']) assert.ok(reached.includes(id), `${id} in ${reached}`);
  await close();
});

test('keyboard use keeps its place: Enter on Step into, a card button or the console keeps the focus', async () => {
  const { page, close } = await open('def gen():\n    yield 1\n    yield 2\n\ng = gen()\nprint(next(g))\n');
  await page.getByTestId('step-into').focus();
  for (let n = 0; n < 3; n++) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.mode === 'paused');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'step-into');
  }
  await page.getByTestId('gen-next').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.mode === 'paused' && /running/.test(document.querySelector('[data-testid="gen-state"]').textContent));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'gen-next');
  await page.getByTestId('console-input').fill('1 + 1');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => />>> 1 \+ 1\n2\n$/.test(document.querySelector('[data-testid="output"]').textContent));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'console-input');
  await close();
});
