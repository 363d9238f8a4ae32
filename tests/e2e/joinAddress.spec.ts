import { networkInterfaces } from 'node:os';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { HubProcess } from '../fixtures/hubProcess';
import { createWorkshop } from './support';

/**
 * The facilitator opened the app at 127.0.0.1 (as anyone testing on their own laptop does). The
 * join link, QR code and hint must still never point at loopback: a phone would open its own
 * localhost. These hubs name no address for phones, so they list only what they listen on.
 */
let hub: HubProcess | undefined;
test.afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

async function facilitatorOpensAtLoopback(browser: Browser, started: HubProcess): Promise<Page> {
  const context = await browser.newContext({ baseURL: started.origin });
  const page = await context.newPage();
  await createWorkshop(page, { title: 'Kigali forum', format: 'Three-part forum' });
  await page.getByTestId('open-to-participants').click();
  await page.getByTestId('open-panel').getByLabel('Admin token').fill(started.adminToken);
  await page.getByTestId('open-panel').getByRole('button', { name: 'Open to participants' }).click();
  return page;
}

test('a hub reachable only on this computer offers no join link or QR code, and says why', async ({ browser }) => {
  hub = new HubProcess({ phoneAddress: null });
  await hub.start();
  const page = await facilitatorOpensAtLoopback(browser, hub);
  await expect(page.getByTestId('no-join-address')).toContainText('--host 0.0.0.0');
  await expect(page.getByTestId('join-link')).toHaveCount(0);
  await expect(page.getByTestId('join-qr')).toHaveCount(0);
  await expect(page.getByTestId('join-code-hint')).toHaveCount(0);
});

test('a hub on every interface offers this machine’s network address, never loopback', async ({ browser }) => {
  const lan = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []).filter((entry) => entry.family === 'IPv4' && !entry.internal);
  hub = new HubProcess({ phoneAddress: null, host: '0.0.0.0' });
  await hub.start();
  const page = await facilitatorOpensAtLoopback(browser, hub);
  if (lan.length === 0) {
    // A machine with only loopback (a sandbox): still no loopback link, and the reason said.
    await expect(page.getByTestId('no-join-address')).toBeVisible();
    return;
  }
  const link = (await page.getByTestId('join-link').getAttribute('href')) ?? '';
  expect(lan.map((entry) => entry.address)).toContain(new URL(link).hostname);
  await expect(page.getByTestId('join-code-hint')).toContainText(`${new URL(link).hostname}:${hub.port}`);
  await expect(page.getByTestId('join-qr').locator('svg')).toBeVisible();
});
