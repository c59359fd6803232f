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

// Opens the page, failing the test on any page error or failed request.
async function open() {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(baseUrl);
  await page.locator('.monaco-editor .view-lines').waitFor(); // Monaco is up
  return { page, problems };
}

test('runs the default generator program and shows its output', async () => {
  const { page, problems } = await open();
  await page.getByTestId('run').click();
  const out = page.getByTestId('output');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status"]').dataset.kind !== 'busy',
    null,
    { timeout: 30_000 },
  );
  assert.equal((await out.textContent()).trim(), '[1, 2, 4, 8, 16]');
  assert.equal(await page.getByTestId('status').getAttribute('data-kind'), 'ok');
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'run.png') });
  assert.deepEqual(problems, []);
  await page.close();
});
