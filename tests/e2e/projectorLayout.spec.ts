import { expect, test, type Page } from '@playwright/test';
import { coveredElements, projectorSizes } from './coverage';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/**
 * The projector while people can still join: the join card has its own column, so at every
 * projector size nothing the room must read (headings, text, table cells, bars) sits under it
 * or under any other fixed or absolute element. Screenshots land in test-results/ to look at.
 */
const lan = lanRoom();
const sizes = projectorSizes;

async function expectNothingCovered(projector: Page, label: string): Promise<void> {
  for (const size of sizes) {
    await projector.setViewportSize(size);
    // Two frames: the new size lays out, then any size-dependent content settles.
    await projector.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await projector.screenshot({ path: `test-results/projector-${label}-${size.width}x${size.height}.png` });
    expect(await coveredElements(projector, { content: true }), `${label} at ${size.width}×${size.height}`).toEqual([]);
  }
}

async function addToRegister(page: Page, names: string[]): Promise<void> {
  for (const name of names) {
    await page.getByTestId('quick-add').getByLabel('Full name').fill(name);
    await page.getByTestId('quick-add').getByRole('button', { name: 'Add to register' }).click();
  }
  await expect(page.getByTestId('register-row')).toHaveCount(names.length);
}

test('the projector’s join card covers nothing at 1024×768, 1280×720, 1366×768 and 1920×1080, and can be hidden', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum on digital capacity for the public service', format: 'Three-part forum' });
  // Four people expected and none joined yet: the card stays large while the session runs.
  await facilitator.goto(`/#/w/${id}/attendance`);
  await addToRegister(facilitator, ['Amina', 'Juma', 'Wanjiru', 'Kofi']);
  await facilitator.goto(`/#/w/${id}`);
  await lan.openToParticipants(facilitator);

  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  const card = projector.getByTestId('join-qr-slot');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-size', 'large');
  await expectNothingCovered(projector, 'waiting');

  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(projector.getByTestId('current-part-title')).toHaveText('The competency framework');
  await expect(card).toHaveAttribute('data-size', 'large');
  await expectNothingCovered(projector, 'framework');

  await facilitator.getByRole('button', { name: 'Next part' }).click();
  await expect(projector.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expectNothingCovered(projector, 'challenges');

  // The facilitator takes the card off the wall; joins stay open.
  await facilitator.goBack();
  await facilitator.getByTestId('open-to-participants').click();
  await facilitator.getByRole('button', { name: 'Hide the QR code on the projector' }).click();
  await expect(card).toBeHidden();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-join', 'none');
  await facilitator.getByRole('button', { name: 'Show the QR code on the projector' }).click();
  await expect(card).toBeVisible();
});

test('the join card shrinks once most of the expected people have joined', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  await facilitator.goto(`/#/w/${id}/attendance`);
  await addToRegister(facilitator, ['Amina']);
  await facilitator.goto(`/#/w/${id}`);
  const link = await lan.openToParticipants(facilitator);
  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('join-qr-slot')).toHaveAttribute('data-size', 'large');

  await lan.participantJoins(await lan.laptop(browser), link, 'Amina', 'Kigali forum');
  await expect(projector.getByTestId('join-qr-slot')).toHaveAttribute('data-size', 'small');
  await projector.setViewportSize({ width: 1366, height: 768 });
  await projector.screenshot({ path: 'test-results/projector-small-1366x768.png' });
  expect(await coveredElements(projector, { content: true })).toEqual([]);
});
