import { expect, test, type Page } from '@playwright/test';
import { coveredElements, projectorSizes } from './coverage';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/**
 * The facilitator's and the projector's main screens, with the room open on a real hub (so the
 * join panel, the connection status and the projector's join card are all there): at projector
 * sizes and on a 360 px phone, no fixed, absolute or sticky element lies over a heading or
 * anything one can use (elementFromPoint at each one's centre; see ./coverage.ts). Participant
 * screens at 320 px are smallScreens.spec.ts's.
 */
const lan = lanRoom();
const sizes = [...projectorSizes, { width: 360, height: 740 }];

async function expectNothingCovered(page: Page, screen: string, options: { content?: boolean } = {}): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    // Two frames: the new size lays out, then anything that depends on it settles.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await coveredElements(page, options), `${screen} at ${size.width}×${size.height}`).toEqual([]);
  }
}

test('no fixed or absolute element covers a heading or a control on home and the workshop’s tabs, from 360 px to 1920×1080', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await facilitator.goto('/');
  await expect(facilitator.getByTestId('first-run-guide')).toBeVisible();
  await expectNothingCovered(facilitator, 'home with the first-workshop guide');

  const id = await createWorkshop(facilitator, { title: 'Kigali forum on digital capacity for the public service', format: 'Three-part forum', dotVote: true });
  await lan.openToParticipants(facilitator);
  await expectNothingCovered(facilitator, 'agenda with the join panel open');

  for (const tab of ['details', 'diagram', 'attendance', 'outcome'] as const) {
    await facilitator.goto(`/#/w/${id}/${tab}`);
    await expect(facilitator.getByTestId('workshop-title')).toBeVisible();
    await expect(facilitator.getByTestId('connection-status')).toHaveText('Connected');
    await expectNothingCovered(facilitator, tab);
  }
});

test('no fixed or absolute element covers a heading, a control or the wall’s content on the run screen and the projector, from 360 px to 1920×1080', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum on digital capacity for the public service', format: 'Three-part forum', dotVote: true });
  await lan.openToParticipants(facilitator);
  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('join-qr-slot')).toBeVisible();
  await expectNothingCovered(projector, 'projector before the start', { content: true });

  await facilitator.goto(`/#/w/${id}/run`);
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(projector.getByTestId('current-part-title')).toHaveText('The competency framework');
  await expectNothingCovered(facilitator, 'run screen');
  await expectNothingCovered(projector, 'projector during the first part', { content: true });
});
