// The embeddable widget (dist/widget.js) on its demo page (dist/embed-demo.html,
// a docs-like page with two <yieldlab-run> blocks): each widget runs its own
// program, edits are run as edited, Stop ends a program that never ends, and
// the generators a program leaves alive answer Next / Send / Close.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, launch, serveDir, watchProblems, screenshot } from './harness.mjs';

let browser;
let site;

before(async () => {
  assert.ok(existsSync(join(dist, 'embed-demo.html')), 'site/dist is missing: run `npm run build` first');
  site = await serveDir();
  browser = await launch({ viewport: { width: 1000, height: 900 } });
  browser.context.setDefaultTimeout(15_000);
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

async function openDemo({ colorScheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  const problems = watchProblems(page);
  await page.goto(`${site.url}embed-demo.html`);
  await page.locator('#second textarea').waitFor(); // both elements are upgraded
  return { page, problems };
}

// Clicks Run in `widget` and resolves to its final status once it has ended.
const run = (page, id) => act(page, id, () => page.locator(`#${id} button.run`).click());

// Does `action` (a click, a key) and resolves to the widget's status once the
// task it started has ended. The status is blanked first: a click may return
// before its handler ran, and the previous task's status must not count.
async function act(page, id, action) {
  await page.locator(`#${id}`).evaluate((el) => delete el.dataset.status);
  await action();
  return settled(page, id);
}

// The widget's status once its current task has ended and its output is
// drawn (the output pane draws once per animation frame).
async function settled(page, id) {
  await page.waitForFunction(
    (el) => el.dataset.status && el.dataset.status !== 'busy',
    await page.locator(`#${id}`).elementHandle(),
    { timeout: 30_000 },
  );
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(drawn)));
  return page.locator(`#${id}`).getAttribute('data-status');
}

const outputOf = (page, id) => page.locator(`#${id} .output`).textContent();

test('both widgets on the demo page run their own program', async () => {
  const { page, problems } = await openDemo();
  assert.equal(await run(page, 'first'), 'ok');
  assert.equal(await outputOf(page, 'first'), '[1, 2, 4, 8, 16]\ngot 1\ngot 2\ngot 4\n');
  assert.equal(await run(page, 'second'), 'ok');
  assert.equal(
    await outputOf(page, 'second'),
    'total so far: 30\ntotal so far: 75\ntotal so far: 95\n',
    'HTML entities in the code block (&lt;) reach the program as characters',
  );
  assert.equal(await outputOf(page, 'first'), '[1, 2, 4, 8, 16]\ngot 1\ngot 2\ngot 4\n', 'untouched by the second run');
  await screenshot(page, 'widget-demo.png');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an edited program runs as edited; errors show on stderr; Reset restores the code; Tab indents', async () => {
  const { page, problems } = await openDemo({ colorScheme: 'dark' });
  const box = page.locator('#first textarea');
  const original = await box.inputValue();
  await box.fill('def gen():\n    yield "<b>x</b>"\n\nprint(*gen())\nnext(iter([]))\n');
  assert.equal(await run(page, 'first'), 'error');
  assert.equal(await page.locator('#first .output .stdout').textContent(), '<b>x</b>\n');
  assert.equal(await page.locator('#first .output b').count(), 0, 'output is text, never HTML');
  assert.match(await page.locator('#first .output .stderr').textContent(), /StopIteration\n$/);
  assert.match(await page.locator('#first .status').textContent(), /StopIteration/);
  await screenshot(page, 'widget-error-dark.png');
  await page.locator('#first button.reset').click();
  assert.equal(await box.inputValue(), original);
  // Tab indents inside the box; Esc, then Tab, moves on (no keyboard trap).
  await box.fill('');
  await box.press('Tab');
  assert.equal(await box.inputValue(), '    ');
  await box.press('Escape');
  await box.press('Tab');
  assert.equal(await box.inputValue(), '    ');
  assert.equal(await box.evaluate((el) => el.getRootNode().activeElement === el), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Stop ends an endless program and Ctrl+Enter runs again', async () => {
  const { page, problems } = await openDemo();
  const box = page.locator('#second textarea');
  await box.fill('n = 0\nwhile True:\n    n += 1\n');
  await page.locator('#second button.run').click();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#second').getAttribute('data-status'), 'busy');
  await page.locator('#second button.stop').click();
  assert.equal(await settled(page, 'second'), 'error');
  assert.match(await page.locator('#second .status').textContent(), /Stopped/);
  assert.match(await outputOf(page, 'second'), /\[stopped\]/);
  await box.fill('print(sum(i * i for i in range(10)))\n');
  assert.equal(await act(page, 'second', () => box.press('Control+Enter')), 'ok');
  assert.equal(await outputOf(page, 'second'), '285\n');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Next, Send and Close act on the generators a program left alive', async () => {
  const { page, problems } = await openDemo();
  await page.locator('#first textarea').fill([
    'def counter():',
    '    n = 0',
    '    while True:',
    '        step = yield n',
    '        n += 1 if step is None else step',
    '',
    'c = counter()',
    'print(next(c))',
    '',
  ].join('\n'));
  assert.equal(await run(page, 'first'), 'ok');
  const row = page.locator('#first .gen');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('.gen-name').textContent(), 'counter');
  assert.equal(await row.locator('.gen-state').textContent(), 'suspended');
  assert.equal(await act(page, 'first', () => row.locator('button.gen-next').click()), 'ok');
  await row.locator('input.gen-value').fill('10');
  assert.equal(await act(page, 'first', () => row.locator('button.gen-send').click()), 'ok');
  assert.equal(await outputOf(page, 'first'), '0\n→ 1\n→ 11\n');
  assert.equal(await row.locator('.gen-last').textContent(), 'last yielded 11');
  await screenshot(page, 'widget-generators.png');
  assert.equal(await act(page, 'first', () => row.locator('button.gen-close').click()), 'ok');
  assert.equal(await page.locator('#first .gen').count(), 0, 'a closed generator has no row');

  // The demo's send() example: one more send passes the limit, the generator
  // returns, and send() raises StopIteration, with its traceback.
  assert.equal(await run(page, 'second'), 'ok');
  const tally = page.locator('#second .gen');
  await tally.locator('input.gen-value').fill('5');
  assert.equal(await act(page, 'second', () => tally.locator('input.gen-value').press('Enter')), 'error');
  assert.match(await outputOf(page, 'second'), /total so far: 95\nlimit reached: 100\n/);
  assert.match(await page.locator('#second .output .stderr').textContent(), /StopIteration/);
  assert.equal(await page.locator('#second .gen').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a docs page on another origin embeds the widget from the site', async () => {
  // The docs live on their own server (another port: another origin) and
  // load widget.js from the site's server, as a real docs host would.
  const docsDir = mkdtempSync(join(tmpdir(), 'yieldlab-docs-'));
  writeFileSync(join(docsDir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Other docs</title><link rel="icon" href="data:,">
<script type="module" src="${site.url}widget.js"></script>
<h1>Someone else's docs</h1>
<yieldlab-run id="remote"><pre><code>squares = (n * n for n in range(5))
print(next(squares), list(squares))</code></pre></yieldlab-run>`);
  const docs = await serveDir(docsDir);
  try {
    assert.notEqual(new URL(docs.url).origin, new URL(site.url).origin);
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(docs.url);
    assert.equal(await run(page, 'remote'), 'ok');
    assert.equal(await outputOf(page, 'remote'), '0 [1, 4, 9, 16]\n');
    await screenshot(page, 'widget-cross-origin.png');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await docs.stop();
    rmSync(docsDir, { recursive: true, force: true });
  }
});
