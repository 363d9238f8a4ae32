import { expect, type Page } from '@playwright/test';

/**
 * Creates a workshop through the New workshop dialog and waits for its agenda to show. The
 * forum's optional dot vote is left out unless `dotVote` is set, so that the three-part agenda
 * most tests walk through part by part stays three parts.
 */
export async function createWorkshop(page: Page, options: { title: string; format?: string; dotVote?: boolean }): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  if (options.format) await dialog.getByRole('radio', { name: new RegExp(options.format) }).check();
  const dotVote = dialog.getByRole('checkbox', { name: /dot vote/ });
  if ((await dotVote.count()) > 0) await dotVote.setChecked(options.dotVote === true);
  await dialog.getByLabel('Title').fill(options.title);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveText(options.title);
  const id = /#\/w\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop id in ${page.url()}`);
  return id;
}

/** The clock range shown for each agenda part, top to bottom, e.g. ["09:00–09:30", …]. */
export async function clockRanges(page: Page): Promise<string[]> {
  return page.locator('.agenda-clock').allTextContents();
}

/** Fails the test if the page ever opens a JavaScript dialog (an injected alert, say). */
export function failOnDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

/** The values of every input matched by a selector, in page order. */
export async function inputValues(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** The agenda's part titles, top to bottom. */
export function partTitles(page: Page): Promise<string[]> {
  return inputValues(page, '.agenda-title-input');
}

/** The words a diagram shows, one space between each (Mermaid splits labels into many tspans). */
export async function diagramText(page: Page): Promise<string> {
  const words = await page.getByTestId('agenda-diagram').locator('svg text tspan, svg text:not(:has(tspan)), svg foreignObject').allTextContents();
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
