// Helpers for the playground page's tests, on top of harness.mjs: one
// Chromium per test file, a fresh browser context per page (no localStorage
// leaks between tests), and waits on the playground's mode, never sleeps.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { dist, serveDir, watchProblems, screenshot } from './harness.mjs';

export { screenshot };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let site;
let browser;
export let baseUrl;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'site/dist is missing: run `npm run build` first');
  site = await serveDir();
  baseUrl = site.url;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

export const shareFragment = (code) => `#code=${Buffer.from(code).toString('base64url')}`;

// Opens the page in a fresh context (with `code` in the share fragment, if
// given) and waits for Monaco. `problems` collects page errors, console
// errors and failed requests; close() asserts there were none.
export async function open(code, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, url } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url ?? (code === undefined ? baseUrl : baseUrl + shareFragment(code)));
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  return {
    page,
    context,
    problems,
    async close() {
      await context.close();
      assert.deepEqual(problems, []);
    },
  };
}

// Resolves once the worker has answered the last action (the mode is not
// 'busy'); returns the mode: idle | paused | input | ended | past.
export async function settled(page, timeout = 30_000) {
  await page.waitForFunction(() => document.body.dataset.mode !== 'busy', null, { timeout });
  return page.evaluate(() => document.body.dataset.mode);
}

// Clicks a control and waits for its answer.
export async function act(page, testid) {
  await page.getByTestId(testid).click();
  return settled(page);
}

// The editor's text as shown (Monaco renders spaces as no-break spaces).
export async function editorText(page) {
  const lines = await page.locator('.monaco-editor .view-line').allTextContents();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

export const text = async (page, testid) => (await page.getByTestId(testid).textContent()).trim();

// Innermost first: [{ name, line, native }] from the Stack panel.
export function stackFrames(page) {
  return page.$$eval('[data-testid="stack"] > li', (items) => items.map((li) => ({
    name: li.querySelector('.frame-name')?.textContent.replace(/\(\)$/, ''),
    line: Number(li.querySelector('.frame-line')?.textContent.replace('line ', '')) || null,
    native: li.classList.contains('native'),
  })));
}

// The 1-based line the editor highlights as current, or null.
export async function currentLine(page) {
  // Monaco draws decorations on the next animation frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-overlays > div')];
    const index = lines.findIndex((div) => div.querySelector('.yl-current-line'));
    if (index < 0) return null;
    // View overlays are in line order from the first visible line.
    const top = lines[index].getBoundingClientRect().top;
    const numbers = [...document.querySelectorAll('.monaco-editor .line-numbers')];
    const match = numbers.find((n) => Math.abs(n.getBoundingClientRect().top - top) < 2);
    return match ? Number(match.textContent) : null;
  });
}
