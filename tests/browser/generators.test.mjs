// Generator cards: Next / Send / Throw / Close after a run (they run the
// action) and while stepping (they step into it), the console on the same
// globals, and input() answered from the console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, act, settled, text, screenshot, stackFrames } from './playground.mjs';

const ECHO = `def running_total():
    total = 0
    try:
        while True:
            received = yield total
            if received is not None:
                total += received
    except ValueError:
        yield "caught ValueError"
    finally:
        print("cleanup")

g = running_total()
print("ready")
`;

async function cardAction(page, testid) {
  await page.getByTestId('gen-card').getByTestId(testid).click();
  return settled(page);
}

const values = (card) => card.getByTestId('gen-yielded').locator('li').allTextContents();

test('Next, Send, Throw and Close on a card run the action and refresh every panel', async () => {
  const { page, close } = await open(ECHO);
  assert.equal(await act(page, 'run'), 'ended');
  const card = page.getByTestId('gen-card');
  assert.equal(await card.count(), 1);
  // The program has ended, yet the card and the Stack panel still name `g`.
  assert.equal(await card.locator('.gen-title').textContent(), 'g = running_total #1');
  assert.equal(await card.getByTestId('gen-names').textContent(), 'g = ');
  assert.deepEqual(await stackFrames(page), []);
  assert.match(await page.getByTestId('globals').textContent(), /^Globals \(the program has ended\)running_total<function running_total at 0x[0-9a-f]+>g<generator object running_total at 0x[0-9a-f]+>$/);
  assert.equal(await text(page, 'gen-state'), 'created');

  assert.equal(await cardAction(page, 'gen-next'), 'ended');
  assert.equal(await text(page, 'gen-state'), 'suspended');
  assert.match(await text(page, 'output'), /next\(g\)\n→ 0$/);
  assert.match(await card.getByTestId('gen-line').textContent(), /^line 5 · yielded 1×/);

  await card.getByTestId('gen-send-value').fill('5');
  assert.equal(await cardAction(page, 'gen-send'), 'ended');
  await card.getByTestId('gen-send-value').fill('10');
  await card.getByTestId('gen-send-value').press('Enter');
  assert.equal(await settled(page), 'ended');
  assert.match(await text(page, 'output'), /g\.send\(10\)\n→ 15$/);
  assert.deepEqual(await values(card), ['0', '5', '15']);
  assert.match(await card.locator('.vars').textContent(), /total15/);

  assert.equal(await cardAction(page, 'gen-throw'), 'ended');
  assert.match(await text(page, 'output'), /g\.throw\(ValueError\)\n→ 'caught ValueError'$/);
  assert.deepEqual(await values(card), ['0', '5', '15', "'caught ValueError'"]);
  await screenshot(page, 'generator-card.png');

  assert.equal(await cardAction(page, 'gen-close'), 'ended');
  assert.equal(await text(page, 'gen-state'), 'closed');
  assert.match(await text(page, 'output'), /g\.close\(\)\ncleanup\n→ None$/);

  // Next on a finished generator: the Python error, and the card stays.
  assert.equal(await cardAction(page, 'gen-next'), 'ended');
  assert.match(await text(page, 'output'), /StopIteration\n?$/);
  assert.match(await text(page, 'status'), /^StopIteration/);
  assert.equal(await text(page, 'gen-state'), 'closed');
  await close();
});

test('while stepping, Next on a card steps into the generator; Continue finishes the action', async () => {
  const { page, close } = await open(ECHO);
  await act(page, 'step-into'); // line 1
  await act(page, 'step-over'); // line 13
  await act(page, 'step-over'); // line 14: g exists
  assert.equal(await text(page, 'gen-state'), 'created');
  assert.equal(await cardAction(page, 'gen-next'), 'paused');
  const frames = await stackFrames(page);
  assert.equal(frames[0].name, 'running_total');
  assert.equal(frames[0].line, 2);
  assert.equal(frames[frames.length - 1].name, '<module>');
  assert.equal(await text(page, 'gen-state'), 'running');
  assert.equal(await page.getByTestId('gen-next').isDisabled(), false);
  assert.equal(await act(page, 'step-over'), 'paused');
  assert.equal((await stackFrames(page))[0].line, 3);
  assert.equal(await act(page, 'continue'), 'paused', 'the program is still paused on line 14');
  assert.match(await text(page, 'output'), /next\(g\)\n→ 0$/, 'while paused, the variable that holds it names it');
  assert.deepEqual((await stackFrames(page)).map((f) => f.name), ['<module>']);
  assert.equal(await text(page, 'gen-state'), 'suspended');
  assert.equal(await act(page, 'step-over'), 'ended');
  assert.match(await text(page, 'output'), /ready$/);
  await close();
});

test('the console runs lines on the program globals and answers input()', async () => {
  const code = 'name = input("Your name? ")\nprint("Hello,", name)\n';
  const { page, close } = await open(code);
  await page.getByTestId('run').click();
  assert.equal(await settled(page), 'input');
  const line = page.getByTestId('console-input');
  assert.equal(await line.getAttribute('aria-label'), 'Input for the program');
  await line.fill('Ada');
  await line.press('Enter');
  assert.equal(await settled(page), 'ended');
  assert.equal(await text(page, 'output'), 'Your name? Ada\nHello, Ada');
  await line.fill('name.upper()');
  await line.press('Enter');
  assert.equal(await settled(page), 'ended');
  assert.match(await text(page, 'output'), />>> name.upper\(\)\n'ADA'$/);
  await line.press('ArrowUp');
  assert.equal(await line.inputValue(), 'name.upper()');
  await close();
});
