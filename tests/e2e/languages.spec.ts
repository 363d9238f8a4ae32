import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/**
 * Every room in its own language: the browser's language is the starting point, each device
 * keeps its own choice, Arabic mirrors the page, the projector follows the workshop's session
 * language, and no screen a phone opens scrolls sideways at 360 px in any of the eight languages.
 * Screenshots of the main screens in Arabic and French are kept under test-results/ for review.
 */
const languages = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'ru', 'zh'] as const;
const shots = 'test-results/languages';

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

test('a browser set to Arabic opens Baraza in Arabic, mirrored right to left, down to the workshop', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'لا توجد ورش عمل بعد' })).toBeVisible();
  await expect(page.getByTestId('language-menu')).toHaveValue('ar');
  await page.screenshot({ path: `${shots}/ar-home-empty.png`, fullPage: true });

  await page.getByRole('button', { name: 'ورشة عمل جديدة' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'ورشة عمل جديدة' });
  await dialog.getByLabel('العنوان').fill('منتدى المهارات الرقمية، الرباط');
  await dialog.getByRole('button', { name: 'إنشاء ورشة العمل' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveText('منتدى المهارات الرقمية، الرباط');
  await expect(page.getByRole('link', { name: 'جدول الأعمال' })).toBeVisible();
  // The new workshop's agenda is written in the language it was created in.
  await expect(page.locator('.agenda-title-input').first()).toHaveValue('إطار الكفاءات');
  // Mirrored: the start of a line is on the right.
  const [main, title] = await Promise.all([page.locator('main').boundingBox(), page.getByTestId('workshop-title').boundingBox()]);
  expect(main && title && title.x + title.width > main.x + main.width / 2).toBe(true);
  await page.screenshot({ path: `${shots}/ar-workshop-agenda.png`, fullPage: true });

  await page.getByRole('link', { name: 'كل ورش العمل' }).click();
  // The three parts and the dot vote that ends the challenges part, as the dialog offers it.
  await expect(page.getByText('4 أجزاء')).toBeVisible();
  await page.screenshot({ path: `${shots}/ar-home.png`, fullPage: true });
  await context.close();
});

test('a language chosen on the home screen is remembered on this device, and Arabic flips the page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-menu').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Aucun atelier pour l’instant' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Aucun atelier pour l’instant' })).toBeVisible();
  await page.screenshot({ path: `${shots}/fr-home-empty.png`, fullPage: true });

  await page.getByTestId('language-menu').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('language-menu').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
});

test('the projector speaks the workshop’s session language while this laptop keeps its own', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Forum de Dakar' });
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Session language').selectOption('fr');
  await page.goto(`/#/w/${id}/projector`);
  await expect(page.getByTestId('projector-message')).toHaveText('Nous commençons dans un instant.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: `${shots}/fr-projector.png`, fullPage: true });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Workshops on this device' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the French workshop screens read in French', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-SN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Nouvel atelier' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel atelier' });
  await dialog.getByLabel('Titre').fill('Forum sur les compétences numériques, Dakar');
  await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.locator('.agenda-title-input').first()).toHaveValue('Le cadre de compétences');
  await page.screenshot({ path: `${shots}/fr-workshop-agenda.png`, fullPage: true });
  await page.getByRole('link', { name: 'Résultats' }).click();
  await expect(page.getByRole('heading', { name: 'Document de résultats de la séance' })).toBeVisible();
  await page.screenshot({ path: `${shots}/fr-workshop-outcome.png`, fullPage: true });
  await context.close();
});

test('Alt+N works from the physical key on an Arabic keyboard, and not once shortcuts are turned off', async ({ page }) => {
  await page.goto('/');
  // The home screen's code arrives after the page: its shortcuts listen once it shows.
  await expect(page.getByTestId('shortcuts-toggle')).toBeVisible();
  // An Arabic layout types "ى" on the key marked N; the shortcut follows the key, not the letter.
  const pressAltN = () => page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ى', code: 'KeyN', altKey: true })));
  await pressAltN();
  await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeVisible();
  await page.getByRole('dialog', { name: 'New workshop' }).getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('shortcuts-toggle').uncheck();
  await pressAltN();
  await page.waitForTimeout(200);
  await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeHidden();
});

for (const language of languages) {
  test(`at 360 px nothing scrolls sideways in ${language}: home (empty and with a workshop) and join screens`, async ({ browser }) => {
    const context = await browser.newContext({ locale: language, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('language-menu')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // With a workshop listed (its card carries the longest buttons of the home screen).
    await page.locator('.empty-state .button-primary').click();
    await page.getByRole('dialog').locator('#new-title, input[type="text"]').first().fill('Forum 360');
    await page.getByRole('dialog').locator('button[type="submit"]').click();
    await expect(page.getByTestId('workshop-title')).toHaveText('Forum 360');
    await page.goto('/');
    await expect(page.getByTestId('workshop-card')).toHaveCount(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    if (language === 'ar' || language === 'fr') await page.screenshot({ path: `${shots}/${language}-home-360.png`, fullPage: true });

    await page.evaluate(() => (window.location.hash = '#/join/room-360/secret-360?hub=127.0.0.1%3A9'));
    await expect(page.getByTestId('join-screen')).toBeVisible();
    await expect(page.getByTestId('join-refused')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    if (language === 'ar' || language === 'fr') await page.screenshot({ path: `${shots}/${language}-join-unreachable-360.png`, fullPage: true });
    await context.close();
  });
}
