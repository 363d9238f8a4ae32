import { expect, test } from '@playwright/test';
import { createWorkshop } from './support';

test('a first-time facilitator gets a four-step guide on the home screen, can skip it, and finds it again in Help', async ({ page }) => {
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'Your first workshop, step by step' });
  await expect(guide.getByRole('listitem')).toHaveText([/^Create a workshop from a format/, /^Check the projector/, /^Open to participants/, /^Test with your phone/]);
  await expect(guide.getByText('Done', { exact: true })).toHaveCount(0);

  // Creating the first workshop ticks the first step off.
  await createWorkshop(page, { title: 'Rehearsal' });
  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(guide.getByRole('listitem').first()).toContainText('Done');

  await guide.getByRole('button', { name: 'Skip the guide' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Workshops on this device' })).toBeVisible();
  await expect(guide).toHaveCount(0);

  await page.getByRole('button', { name: 'Help: your first workshop, step by step' }).click();
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'Your first workshop, step by step' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Help: your first workshop, step by step' })).toHaveCount(0);
});

test('the guide reads right to left in Arabic and fits a 360 px phone', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('baraza.language', 'ar'));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  const guide = page.getByTestId('first-run-guide');
  await expect(guide.getByRole('heading', { name: 'ورشتك الأولى، خطوة بخطوة' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'test-results/first-run-guide-ar-360.png', fullPage: true });
});
