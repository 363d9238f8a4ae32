import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { HubProcess } from '../fixtures/hubProcess';
import { joinAsParticipant, openToParticipants } from '../fixtures/lanSteps';

/**
 * A room on the LAN for one spec file: a real hub process started before each test, and
 * laptops that are browser contexts of their own (own storage, no BroadcastChannel shared), so
 * everything one laptop sees of another's work came through the hub. No page may throw: a bad
 * frame, a dropped socket or a restart must all be handled.
 */
export function lanRoom() {
  let hub: HubProcess;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  test.beforeEach(async () => {
    hub = new HubProcess();
    await hub.start();
  });

  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await hub.stop();
    expect(pageErrors.splice(0)).toEqual([]);
  });

  return {
    get hub(): HubProcess {
      return hub;
    },
    /** Fails the test if this page throws. */
    watch(page: Page): void {
      page.on('pageerror', (error) => pageErrors.push(error.message));
    },
    /** A laptop or phone of its own. */
    async laptop(browser: Browser): Promise<Page> {
      const context = await browser.newContext({ baseURL: hub.origin });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    /** Opens the facilitator's current workshop to participants; returns the join link. */
    async openToParticipants(page: Page): Promise<string> {
      await page.getByTestId('open-to-participants').click();
      const panel = page.getByTestId('open-panel');
      await expect(panel.getByLabel('Hub address')).toHaveValue(`127.0.0.1:${hub.port}`);
      const link = await openToParticipants(page, hub.adminToken);
      await expect(panel.getByTestId('join-code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await expect(page.getByTestId('connection-status')).toHaveText('Connected');
      return link;
    },
    /** A participant opens the join link, gives a name and lands on the participant view. */
    async participantJoins(page: Page, link: string, name: string, title: string): Promise<void> {
      await joinAsParticipant(page, link, name);
      await expect(page.getByTestId('connection-status')).toHaveText('Connected');
      await expect(page.getByTestId('participant')).toContainText(title);
    },
  };
}
