// Driving VS Code's workbench in Chromium as a user would: open files, hover words, use the panel.
export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 60_000 });
  await page.waitForSelector('.statusbar', { timeout: 60_000 });
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function openFile(page, name, expectedText) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-line', { hasText: expectedText }).first().waitFor();
}

/** The screen position of a word in the rendered editor lines (a DOM Range over its text node). */
export async function positionOfText(page, text) {
  const box = await page.evaluate((wanted) => {
    const lines = [...document.querySelectorAll('.editor-instance .view-line')];
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + Math.min(wanted.length, node.textContent.length - index));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, left: rect.left, right: rect.right };
      }
    }
    return undefined;
  }, text);
  if (!box) throw new Error(`"${text}" is not on screen`);
  return box;
}

export async function hoverText(page, text) {
  const { x, y } = await positionOfText(page, text);
  await page.mouse.move(x, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  return hover;
}

export function panelFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}
