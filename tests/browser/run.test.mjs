// End to end: the built site (site/dist) in headless Chromium. Serves the
// folder on a free port, opens the page, runs the default program, checks
// the output, and leaves a screenshot in tests/browser/screenshots/.
// Uses the system Chromium; playwright-core never downloads a browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../../site/dist');
const screenshots = join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server;
let context;
let profile;
let baseUrl;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'site/dist is missing: run `npm run build` first');
  server = await serve(dist, { port: 0 });
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  // A fresh profile each run: no state leaks between runs or from a user.
  profile = mkdtempSync(join(tmpdir(), 'yieldlab-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// Opens the page (with `code` in the share fragment, if given) and waits for
// Monaco. Collects page errors and failed requests for the test to check.
async function open(code, { colorScheme = 'light' } = {}) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(code === undefined ? baseUrl : `${baseUrl}#code=${Buffer.from(code).toString('base64url')}`);
  await page.locator('.monaco-editor .view-lines').waitFor(); // Monaco is up
  return { page, problems };
}

// Resolves once the run started by the last click has ended.
async function finished(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status"]').dataset.kind !== 'busy',
    null,
    { timeout: 30_000 },
  );
  return page.getByTestId('status').getAttribute('data-kind');
}

async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, name) });
}

test('runs the default generator program and shows its output', async () => {
  const { page, problems } = await open();
  await page.getByTestId('run').click();
  assert.equal(await finished(page), 'ok');
  assert.equal((await page.getByTestId('output').textContent()).trim(), '[1, 2, 4, 8, 16]');
  await screenshot(page, 'run.png');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a second Run replaces the first: its output appears once', async () => {
  const { page, problems } = await open();
  await page.getByTestId('run').click();
  await page.getByTestId('run').click();
  assert.equal(await finished(page), 'ok');
  await page.waitForTimeout(200); // room for a stale reply to (wrongly) arrive
  assert.equal((await page.getByTestId('output').textContent()).trim(), '[1, 2, 4, 8, 16]');
  assert.deepEqual(problems, []);
  await page.close();
});

test('shows stderr apart from stdout, as text, and marks the error line', async () => {
  const code = 'print("<b>not bold</b>")\nraise ValueError("bad")\n';
  const { page, problems } = await open(code, { colorScheme: 'dark' });
  await page.getByTestId('run').click();
  assert.equal(await finished(page), 'error');
  const out = page.getByTestId('output');
  assert.equal(await out.locator('.stdout').textContent(), '<b>not bold</b>\n');
  assert.equal(await out.locator('b').count(), 0, 'output must never become HTML');
  assert.match(await out.locator('.stderr').textContent(), /ValueError: bad\n$/);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  await screenshot(page, 'error-dark.png');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Stop ends a program that never finishes, and Run works again', async () => {
  const { page, problems } = await open('while True:\n    pass\n');
  await page.getByTestId('run').click();
  await page.waitForTimeout(300);
  assert.equal(await page.getByTestId('status').getAttribute('data-kind'), 'busy');
  await page.getByTestId('stop').click();
  assert.equal(await finished(page), 'error');
  assert.match(await page.getByTestId('output').textContent(), /\[stopped\]/);
  await page.getByTestId('run').click(); // a fresh worker, still the same loop
  await page.waitForTimeout(300);
  await page.getByTestId('stop').click();
  assert.match(await page.getByTestId('status').textContent(), /Stopped/);
  assert.deepEqual(problems, []);
  await page.close();
});
