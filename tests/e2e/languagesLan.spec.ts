import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/**
 * A phone in the room reads its own language: the join form and the participant view in each of
 * the eight languages, at 360 px, with nothing scrolling sideways, while the facilitator's laptop
 * stays in English. Arabic and French screenshots are kept under test-results/ for review.
 */
const lan = lanRoom();
const languages = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'ru', 'zh'] as const;
const shots = 'test-results/languages';

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

test('the join form and the participant view fit a 360 px phone in all eight languages, each phone in its own', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await createWorkshop(facilitator, { title: 'Forum de Nairobi', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);

  const phone = await lan.laptop(browser);
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(link);
  for (const language of languages) {
    await phone.evaluate((code) => localStorage.setItem('baraza.language', code), language);
    await phone.reload();
    await expect(phone.locator('html')).toHaveAttribute('lang', language);
    await phone.getByRole('checkbox').first().check();
    await expect(phone.locator('.join-form select').first()).toBeVisible();
    expect(await horizontalOverflow(phone), `join form in ${language}`).toBeLessThanOrEqual(0);
    if (language === 'ar' || language === 'fr') await phone.screenshot({ path: `${shots}/${language}-join-360.png`, fullPage: true });
  }

  // Join in Arabic; the phone's choice is its own, the laptop stays in English.
  await phone.evaluate(() => localStorage.setItem('baraza.language', 'ar'));
  await phone.reload();
  await phone.locator('.join-form input[type="text"]').first().fill('أمينة');
  await phone.locator('.join-form button[type="submit"]').click();
  await expect(phone.getByTestId('participant')).toContainText('Forum de Nairobi');
  await expect(phone.getByTestId('participant-message')).toContainText('لم تبدأ الجلسة بعد');
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  await phone.screenshot({ path: `${shots}/ar-participant-360.png`, fullPage: true });
  await phone.getByTestId('language-menu').selectOption('fr');
  await expect(phone.getByTestId('participant-message')).toContainText('La séance n’a pas encore commencé');
  await phone.screenshot({ path: `${shots}/fr-participant-360.png`, fullPage: true });
  await expect(facilitator.locator('html')).toHaveAttribute('lang', 'en');
});
