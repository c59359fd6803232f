// Offline use, both ways: the built site keeps working once its server is
// gone (dist/sw.js cached every file on the first visit, including pages that
// visit never opened), and the single-file build runs from file:// with the
// network switched off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, repoRoot, launch, serveDir, watchProblems, screenshot } from './harness.mjs';

const singleFile = join(repoRoot, 'site/dist-single/yieldlab.html');
const GENERATOR = 'def evens(n):\n    for i in range(0, n, 2):\n        yield i\n\nprint(sum(evens(10)), list(evens(7)))\n';
const PRINTS = '20 [0, 2, 4, 6]';

let browser;

before(async () => {
  assert.ok(existsSync(join(dist, 'sw.js')), 'site/dist/sw.js is missing: run `npm run build` first');
  assert.ok(existsSync(singleFile), `${singleFile} is missing: run \`npm run build:single\` first`);
  browser = await launch();
  browser.context.setDefaultTimeout(20_000);
});

after(async () => {
  await browser?.close();
});

// Runs `code` on the playground page (through its share link) and returns
// the output once the run has ended.
async function runOnPage(page, url, code) {
  await page.goto(`${url}#code=${Buffer.from(code).toString('base64url')}`);
  await page.locator('.monaco-editor .view-lines').waitFor();
  await page.getByTestId('run').click();
  await page.waitForFunction(() => {
    const kind = document.querySelector('[data-testid="status"]')?.dataset.kind;
    return kind && kind !== 'busy';
  });
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(drawn))); // output draws per frame
  return (await page.getByTestId('output').textContent()).trim();
}

test('after one visit the site works with its server stopped', async () => {
  const site = await serveDir();
  const page = await browser.context.newPage();
  let problems = watchProblems(page);
  try {
    assert.equal(await runOnPage(page, site.url, GENERATOR), PRINTS);
    // Installed means every file is in the cache (install waits for all).
    const cached = await page.evaluate(async () => {
      // ready never settles without a registration: give up after a while.
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_, fail) => setTimeout(() => fail(new Error('no service worker became active')), 10_000)),
      ]);
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('yieldlab-')));
      return { active: Boolean(registration.active), count: (await cache.keys()).length };
    });
    const precache = JSON.parse(readFileSync(join(dist, 'sw.js'), 'utf8').match(/^const PRECACHE = (.*);$/m)[1]);
    assert.equal(cached.active, true);
    assert.equal(cached.count, precache.files.length, 'every built file is cached');
    assert.deepEqual(problems, []);
  } finally {
    await site.stop();
  }

  // The server is gone: a reload, a fresh tab and a never-visited page all
  // come from the cache, and programs still run (worker, runtime and wasm too).
  await page.reload();
  await page.locator('.monaco-editor .view-lines').waitFor();
  const tab = await browser.context.newPage();
  problems = watchProblems(tab);
  assert.equal(await runOnPage(tab, `${site.url}?any-query`, 'print("still here")\n'), 'still here');
  await screenshot(tab, 'offline-page.png');
  assert.deepEqual(problems, []);
  const demo = await browser.context.newPage();
  problems = watchProblems(demo);
  await demo.goto(`${site.url}embed-demo.html`);
  await demo.locator('#first button.run').click();
  await demo.waitForFunction(() => document.querySelector('#first').dataset.status === 'ok');
  assert.match(await demo.locator('#first .output').textContent(), /^\[1, 2, 4, 8, 16\]\n/);
  await screenshot(demo, 'offline-widget.png');
  assert.deepEqual(problems, []);
  await Promise.all([page.close(), tab.close(), demo.close()]);
});

test('the single-file build runs a program from file:// with no network', async () => {
  const page = await browser.context.newPage();
  const problems = watchProblems(page);
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await browser.context.setOffline(true);
  try {
    assert.equal(await runOnPage(page, pathToFileURL(singleFile).href, GENERATOR), PRINTS);
    await screenshot(page, 'single-file.png');
  } finally {
    await browser.context.setOffline(false);
  }
  const elsewhere = fetched.filter((url) => !/^(file|blob|data):/.test(url));
  assert.deepEqual(elsewhere, [], 'nothing is fetched from anywhere');
  assert.deepEqual(problems, []);
  await page.close();
});
