import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/**
 * Every participant screen on the narrowest phone (320 px) with the text twice its usual size:
 * each control must be on the screen (not pushed off it sideways) and be what a finger touching
 * its middle would hit (not covered by the status line or anything else).
 */
const lan = lanRoom();

// The root's size is 106.25 % of the browser's; a phone's "200 % text" setting doubles it.
const doubledText = '212.5%';

/** The participant's phone: 320 px wide, text at 200 %, set before the app's first paint. */
async function smallPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript((size) => {
    const apply = () => document.documentElement.style.setProperty('font-size', size);
    if (document.documentElement) apply();
    else document.addEventListener('DOMContentLoaded', apply);
  }, doubledText);
}

/** Each visible interactive element that is off-screen sideways or covered at its centre. */
async function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element | null): string => {
      if (!element) return 'nothing';
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${text}"`;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      // Name the innermost elements that stick out, which are the ones to fix.
      const wide = Array.from(document.body.querySelectorAll('*')).filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(element.children).some((child) => child.getBoundingClientRect().right > window.innerWidth + 1));
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide, through ${wide.slice(0, 3).map(describe).join(', ')}`);
    }
    const selector = 'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [tabindex]:not([tabindex="-1"])';
    for (const found of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      // The skip link shows only while focused, at the top of the page.
      if (found.classList.contains('skip-link')) continue;
      let element: HTMLElement = found;
      let rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not displayed
      // A radio or checkbox drawn by its label (segmented controls) is reached through the label.
      if ((rect.width <= 2 || rect.height <= 2 || getComputedStyle(element).opacity === '0') && element.closest('label')) element = element.closest('label')!;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      rect = element.getBoundingClientRect();
      if (rect.left < -1 || rect.right > window.innerWidth + 1) {
        problems.push(`${describe(element)} is off-screen: ${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth} px`);
        continue;
      }
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!hit || !(element === hit || element.contains(hit))) problems.push(`${describe(element)} is covered by ${describe(hit)}`);
    }
    return problems;
  });
}

async function expectAllReachable(page: Page, screen: string): Promise<void> {
  // Soft, so one run reports every screen that fails, not only the first.
  expect.soft(await unreachableControls(page), screen).toEqual([]);
  // Kept with the results, for a person to look at.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${screen.replace(/\W+/g, '-')}.png`) });
}

test('at 320 px and 200 % text every control of every participant screen is on screen and not covered', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await createWorkshop(facilitator, { title: 'Kigali forum on digital skills for the public service', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);

  const phone = await lan.laptop(browser);
  await smallPhone(phone);
  await phone.goto(link);
  await phone.getByLabel('Your name').fill('Amina');
  await phone.getByText('Also add my organisation', { exact: false }).click();
  await expectAllReachable(phone, 'join screen');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.getByTestId('connection-status')).toHaveText('Connected');
  await expect(phone.getByTestId('participant-message')).toContainText('has not started yet');
  await expectAllReachable(phone, 'waiting for the start');

  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  const activity = phone.getByTestId('activity-participant');
  await expect(activity).toHaveAttribute('data-activity', 'competencies');
  await expectAllReachable(phone, 'competencies');

  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(activity).toHaveAttribute('data-activity', 'cards');
  await expectAllReachable(phone, 'cards');

  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  await facilitator.getByTestId('activity-facilitator').getByRole('button', { name: 'Start from the draft roadmap' }).click();
  await expect(activity.getByTestId('roadmap-item')).toHaveCount(7);
  await expectAllReachable(phone, 'roadmap board');
  for (const view of ['Priorities', 'Timeline']) {
    await activity.getByText(view, { exact: true }).click();
    await expectAllReachable(phone, `roadmap ${view}`);
  }
  await activity.getByText('Board', { exact: true }).click();
  const title = 'Offer trainings on the competency framework';
  await activity.getByTestId('roadmap-item').filter({ hasText: title }).getByRole('button', { name: title }).click();
  await expect(activity.getByTestId('description-editor')).toBeVisible();
  await expectAllReachable(phone, 'roadmap item');

  await phone.getByRole('button', { name: 'My details' }).click();
  await expectAllReachable(phone, 'my details');

  // The check itself: a badge laid over the screen, as the status line once was, is caught.
  await phone.evaluate(() => {
    const badge = document.createElement('div');
    badge.style.cssText = 'position: fixed; inset-inline: 0; inset-block: 0; background: #fff; z-index: 50';
    document.body.append(badge);
  });
  expect(await unreachableControls(phone)).toEqual(expect.arrayContaining([expect.stringMatching(/is covered by <div>/)]));
});
