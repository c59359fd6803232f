// Shared by the widget and offline browser tests: the system Chromium with
// the flags of run.test.mjs (playwright-core never downloads a browser), a
// fresh profile per context, the built site served on a free port, and
// screenshots into tests/browser/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const dist = join(repoRoot, 'site/dist');
const screenshots = join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A browser context with its own throwaway profile; close() removes it.
export async function launch({ viewport = { width: 1280, height: 720 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'yieldlab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Serves `dir` on a free port: { url, stop() }. stop() also drops open
// keep-alive connections, so the site is really gone.
export async function serveDir(dir = dist) {
  const server = await serve(dir, { port: 0 });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((done) => {
      server.close(done);
      server.closeAllConnections();
    }),
  };
}

// Records page errors, console errors and failed requests for a test to check.
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return problems;
}

export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, name), fullPage: true });
}
