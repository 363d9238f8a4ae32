import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';

/**
 * A whole session in Arabic on the LAN: the facilitator creates and runs the workshop, a phone
 * joins through the hub, the outcome is exported; the main screens are kept as screenshots in
 * Arabic and French. Then, in the longest of the eight languages and in Arabic, no main screen
 * scrolls sideways at 360 px. Last, the export says when this device has no font for a script.
 */
const lan = lanRoom();

async function inLanguage(page: Page, language: string): Promise<Page> {
  // Only until the page chooses another, as a person would with the language menu.
  await page.context().addInitScript((code) => localStorage.getItem('baraza.language') ?? localStorage.setItem('baraza.language', code), language);
  return page;
}

async function keep(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

async function newWorkshop(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.locator('button[title="Alt+N"]').click();
  await page.getByRole('dialog').locator('input[name="format"][value="forum3"]').check();
  await page.getByRole('dialog').locator('#new-title').fill(title);
  await page.getByRole('dialog').locator('button[type="submit"]').click();
  await expect(page.getByTestId('workshop-title')).toHaveText(title);
  return /#\/w\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
}

async function generateDraft(page: Page, id: string): Promise<void> {
  await page.goto(`/#/w/${id}/outcome`);
  await page.locator('.outcome-toolbar .button-primary').click();
  await expect(page.getByTestId('outcome-fit')).toBeVisible();
}

/** The language whose translation file is longest: the one most likely to break a narrow layout. */
function longestLanguage(): string {
  const lengths = ['fr', 'es', 'ar', 'pt', 'sw', 'ru', 'zh'].map((code) => [code, readFileSync(`renderer/src/i18n/locales/${code}.json`, 'utf8').length] as const);
  return [...lengths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'fr';
}

test('in Arabic: create, run, a phone joins through the hub, export the outcome; screenshots in Arabic and French', async ({ browser }) => {
  const laptop = await inLanguage(await lan.laptop(browser), 'ar');
  const id = await newWorkshop(laptop, 'منتدى نيروبي');
  await expect(laptop.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(laptop.getByRole('link', { name: 'جدول الأعمال' })).toBeVisible();
  await keep(laptop, 'ar-agenda');

  await laptop.getByTestId('open-to-participants').click();
  await laptop.getByTestId('open-panel').locator('input[type="password"]').fill(lan.hub.adminToken);
  await laptop.getByTestId('open-panel').locator('button[type="submit"]').click();
  const link = (await laptop.getByTestId('join-link').first().getAttribute('href')) ?? '';

  const phone = await inLanguage(await lan.laptop(browser), 'ar');
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(link);
  await phone.locator('.join-form input[type="text"]').first().fill('أمينة');
  await keep(phone, 'ar-join-360');
  await phone.locator('.join-form button[type="submit"]').click();
  await expect(phone.getByTestId('participant')).toContainText('منتدى نيروبي');

  await laptop.goto(`/#/w/${id}/run`);
  await laptop.getByTestId('run-start').click();
  await expect(laptop.getByTestId('current-part-title')).toHaveText('إطار الكفاءات');
  await expect(phone.getByTestId('participant')).toContainText('إطار الكفاءات');
  await keep(laptop, 'ar-run');
  await keep(phone, 'ar-participant-360');
  await laptop.goto(`/#/w/${id}/projector`);
  await expect(laptop.getByTestId('projector')).toContainText('إطار الكفاءات');
  await keep(laptop, 'ar-projector');

  await generateDraft(laptop, id);
  await keep(laptop, 'ar-outcome');
  const download = laptop.waitForEvent('download');
  await laptop.locator('.outcome-export-group').first().locator('button').nth(3).click();
  const html = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain('منتدى نيروبي');
  expect(html).toContain('أبرز القضايا التي نوقشت');
  expect(html).not.toContain('Key issues discussed');

  // The same screens in French, for review beside the Arabic ones.
  await laptop.evaluate(() => localStorage.setItem('baraza.language', 'fr'));
  for (const [screen, path] of [['agenda', ''], ['run', '/run'], ['outcome', '/outcome']] as const) {
    await laptop.goto(`/#/w/${id}${path}`);
    await laptop.reload();
    await expect(laptop.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(laptop.locator('.tab, .run-controls').first()).toBeVisible();
    await keep(laptop, `fr-${screen}`);
  }
});

test('at 360 px no main screen scrolls sideways in the longest language nor in Arabic', async ({ browser }) => {
  const longest = longestLanguage();
  for (const language of [...new Set([longest, 'ar'])]) {
    const page = await inLanguage(await lan.laptop(browser), language);
    await page.setViewportSize({ width: 360, height: 740 });
    const id = await newWorkshop(page, 'Forum 360');
    await generateDraft(page, id);
    for (const path of ['', '/details', '/attendance', '/outcome', '/run', '/projector']) {
      await page.goto(`/#/w/${id}${path}`);
      await expect(page.locator('#main')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      expect(await horizontalOverflow(page), `${language} #/w/…${path} at 360 px`).toBeLessThanOrEqual(0);
    }
    await page.goto(`/#/w/${id}/run`);
    await keep(page, `${language}-run-360`);
  }
});

test('the export says which script this device has no font for, instead of printing boxes', async ({ browser }) => {
  const page = await lan.laptop(browser);
  const dakar = await newWorkshop(page, 'Forum de Dakar');
  await page.goto(`/#/w/${dakar}/outcome`);
  await expect(page.locator('.outcome-exports')).toBeVisible();
  await expect(page.getByTestId('export-missing-font')).toHaveCount(0);

  // A script no font here covers (Linear B) in the title the report prints: named, in English.
  const linearB = await newWorkshop(page, 'Forum 𐀀𐀁𐀂');
  await page.goto(`/#/w/${linearB}/outcome`);
  await expect(page.getByTestId('export-missing-font')).toHaveAttribute('data-scripts', 'Zzzz');
  await expect(page.getByTestId('export-missing-font')).toContainText('This device has no font for Unknown Script');

  // A report in Chinese: whether this device has a CJK font is asked of fontconfig, where the
  // browser finds its fonts, so the expectation does not come from the code under test.
  const chineseFont = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  await page.goto(`/#/w/${dakar}/details`);
  await page.locator('#meta-language').selectOption('zh');
  await page.goto(`/#/w/${dakar}/outcome`);
  await expect(page.locator('.outcome-exports')).toBeVisible();
  if (chineseFont) await expect(page.getByTestId('export-missing-font')).toHaveCount(0);
  else await expect(page.getByTestId('export-missing-font')).toHaveAttribute('data-scripts', 'Hani');
});

test('the report exports in the session language: French and Arabic headings, and the date as each writes it', async ({ browser }) => {
  const page = await lan.laptop(browser);
  for (const [language, title] of [['fr', 'Forum de Dakar'], ['ar', 'منتدى الرباط']] as const) {
    const id = await newWorkshop(page, title);
    await page.goto(`/#/w/${id}/details`);
    await page.locator('#meta-date').fill('2026-03-12');
    await page.locator('#meta-language').selectOption(language);
    await generateDraft(page, id);
    const download = page.waitForEvent('download');
    await page.locator('.outcome-export-group').first().locator('button').nth(3).click();
    const html = readFileSync((await (await download).path()) ?? '', 'utf8');
    // The expectations come from the translation file and from Intl, not from the app's code.
    const labels = JSON.parse(readFileSync(`renderer/src/i18n/locales/${language}.json`, 'utf8')) as { report: { sections: { keyIssues: string } } };
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date('2026-03-12T12:00:00'));
    expect(html).toContain(`<html lang="${language}"`);
    expect(html).toContain(labels.report.sections.keyIssues);
    expect(html).toContain(date);
    expect(html).not.toContain('Key issues discussed');
    expect(html).not.toContain('2026-03-12');
  }
});
