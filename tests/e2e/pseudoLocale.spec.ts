import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { pseudoModule } from './pseudoLocale';
import { screenTexts, untranslated } from './untranslatedText';

/**
 * The pseudo-locale tour: every English string is served accented and bracketed ("⟦Šţàŕţ⟧") in
 * place of the Chinese file, then the tour walks every main screen, the facilitator's and a
 * phone's, and fails on any visible text that is plain English: text that bypassed translation.
 * What the tour types is Greek, so it can never be mistaken for the app's own words; Chinese
 * stays the host language so that Intl's dates and numbers carry no Latin letters either.
 * (tests/unit/i18n/pseudoLocale.test.ts shows the checker catching an injected English string.)
 */
const lan = lanRoom();
const pseudo = pseudoModule();
// The language menus list each language in its own name: fixed data, the same in every language.
const notAppText = '[data-testid="language-menu"], #meta-language';

async function inPseudo(page: Page): Promise<Page> {
  await page.context().route('**/assets/zh-*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: pseudo }));
  await page.context().addInitScript(() => localStorage.setItem('baraza.language', 'zh'));
  return page;
}

async function expectAllTranslated(page: Page, screen: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.locator('body')).toContainText('⟦');
  expect.soft(untranslated(await screenTexts(page, notAppText)), `untranslated text on ${screen}`).toEqual([]);
  // Kept beside the results, so a reviewer sees what was checked.
  const path = test.info().outputPath(`${screen.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(screen, { path, contentType: 'image/png' });
}

async function newWorkshop(page: Page, format: string, title: string): Promise<string> {
  await page.goto('/');
  await page.locator('button[title="Alt+N"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator(`input[name="format"][value="${format}"]`).check();
  await dialog.locator('#new-title').fill(title);
  await expectAllTranslated(page, 'the new workshop dialog');
  await dialog.locator('button[type="submit"]').click();
  await expect(page.getByTestId('workshop-title')).toHaveText(title);
  return /#\/w\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
}

test('every main screen, the facilitator’s and a phone’s, shows only translated text', async ({ browser }) => {
  // One journey through seventeen screens on two devices: longer than one screen's test.
  test.setTimeout(120_000);
  const laptop = await inPseudo(await lan.laptop(browser));
  await laptop.goto('/');
  await expectAllTranslated(laptop, 'the empty home screen');

  const hackathon = await newWorkshop(laptop, 'hackathon1', 'Χακαθών Κιγκάλι');
  await laptop.goto(`/#/w/${hackathon}/hackathon`);
  await expectAllTranslated(laptop, 'the hackathon tab');

  const forum = await newWorkshop(laptop, 'forum3', 'Φόρουμ Ναϊρόμπι');
  await expectAllTranslated(laptop, 'the agenda');
  for (const tab of ['details', 'attendance', 'outcome']) {
    await laptop.goto(`/#/w/${forum}/${tab}`);
    await expectAllTranslated(laptop, `the ${tab} tab`);
  }
  await laptop.goto('/');
  await expect(laptop.getByTestId('workshop-card')).toHaveCount(2);
  await expectAllTranslated(laptop, 'the home screen with workshops');

  // Open the room; a phone joins in the pseudo language too.
  await laptop.goto(`/#/w/${forum}`);
  await laptop.getByTestId('open-to-participants').click();
  const panel = laptop.getByTestId('open-panel');
  await panel.locator('input[type="password"]').fill(lan.hub.adminToken);
  await panel.locator('button[type="submit"]').click();
  const link = (await panel.getByTestId('join-link').first().getAttribute('href')) ?? '';
  await expectAllTranslated(laptop, 'the open-to-participants panel');

  const phone = await inPseudo(await lan.laptop(browser));
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(link);
  await expect(phone.getByTestId('join-screen')).toBeVisible();
  await expectAllTranslated(phone, 'the join screen');
  await phone.locator('.join-form input[type="text"]').first().fill('Αμίνα');
  await phone.locator('.join-form button[type="submit"]').click();
  await expect(phone.getByTestId('participant')).toContainText('Φόρουμ Ναϊρόμπι');
  await expectAllTranslated(phone, 'the participant view before the start');

  // Run the forum through its dot vote to its last part, the roadmap, seen on the run screen, the
  // projector and the phone.
  await laptop.goto(`/#/w/${forum}/run`);
  await expectAllTranslated(laptop, 'the run screen before the start');
  await laptop.getByTestId('run-start').click();
  await expectAllTranslated(laptop, 'the run screen, first part');
  await expectAllTranslated(phone, 'the participant view, first part');
  for (let part = 0; part < 2; part++) await laptop.locator('button[data-testid="run-next"]').click();
  await expect(laptop.getByTestId('activity-facilitator')).toHaveAttribute('data-activity', 'dots');
  await expectAllTranslated(laptop, 'the run screen, dot vote');
  await expect(phone.getByTestId('activity-participant')).toBeVisible();
  await expectAllTranslated(phone, 'the participant view, dot vote');
  await laptop.locator('button[data-testid="run-next"]').click();
  await expect(laptop.getByTestId('activity-facilitator')).toHaveAttribute('data-activity', 'roadmap');
  await expectAllTranslated(laptop, 'the run screen, roadmap');
  await expect(phone.getByTestId('activity-participant')).toBeVisible();
  await expectAllTranslated(phone, 'the participant view, roadmap');
  await laptop.goto(`/#/w/${forum}/projector`);
  await expect(laptop.getByTestId('projector')).toBeVisible();
  await expectAllTranslated(laptop, 'the projector');

  // The outcome document's first draft: the report's headings and sentences are the app's text.
  await laptop.goto(`/#/w/${forum}/outcome`);
  await laptop.locator('.outcome-toolbar .button-primary').click();
  await expect(laptop.getByTestId('outcome-fit')).toBeVisible();
  await expectAllTranslated(laptop, 'the outcome document');
});
