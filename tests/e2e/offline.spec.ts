import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/**
 * The offline shell on a loopback hub (a secure context, so the browser allows the service
 * worker; on a plain-http LAN address it does not, see docs/OFFLINE.md).
 */
const lan = lanRoom();

async function offlineCopyVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await caches.keys()).find((name) => name.startsWith('baraza-shell-'))?.slice('baraza-shell-'.length);
  });
}

test('a participant who reloads while the hub is down gets the participant view from the phone’s own copy, and it reconnects by itself when the hub returns', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const amina = await lan.laptop(browser);
  await lan.participantJoins(amina, link, 'Amina', 'Kigali forum');

  // The first visit copied the app: a cache named after this build's version, shown on the view.
  await expect.poll(() => offlineCopyVersion(amina)).toMatch(/^[0-9a-f]{12}$/);
  const version = await offlineCopyVersion(amina);
  await expect(amina.getByTestId('app-version')).toContainText(`offline copy ${version}`, { timeout: 15_000 });

  await lan.hub.kill();
  const reloadStarted = Date.now();
  await amina.reload();
  await expect(amina.getByTestId('participant')).toContainText('Kigali forum');
  const shownAfterMs = Date.now() - reloadStarted;
  console.log(`participant view from the offline copy ${shownAfterMs} ms after reload`);
  await expect(amina.getByTestId('participant-message')).toContainText('has not started yet');
  await expect(amina.getByTestId('connection-status')).toHaveText(/^Offline since \d\d:\d\d$/, { timeout: 20_000 });
  // Marks this very page, so a reload (which would clear the mark) cannot pass for a reconnection.
  await amina.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));

  await lan.hub.start();
  const hubBack = Date.now();
  await expect(amina.getByTestId('connection-status')).toHaveText('Connected', { timeout: 15_000 });
  console.log(`reconnected ${Date.now() - hubBack} ms after the hub was back`);
  await expect(facilitator.getByTestId('connection-status')).toHaveText('Connected', { timeout: 15_000 });
  // Sync works again both ways: the facilitator starts the run and the phone follows.
  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(amina.getByTestId('current-part-title')).toHaveText('The competency framework');
  expect(await amina.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
});

test('the offline copy answers the app’s page only: the hub’s own endpoints still say the hub is down', async ({ browser }) => {
  const page = await lan.laptop(browser);
  await page.goto('/');
  await expect.poll(() => offlineCopyVersion(page)).toMatch(/^[0-9a-f]{12}$/);
  await lan.hub.kill();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New workshop' }).first()).toBeVisible();
  const health = await page.evaluate(async () => {
    try {
      return (await fetch('/health')).status;
    } catch {
      return 'unreachable';
    }
  });
  expect(health).toBe('unreachable');
});
