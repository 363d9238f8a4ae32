import { expect, test } from '@playwright/test';
import { createWorkshop, diagramText, failOnDialogs } from './support';

const hostileTitle = '<img src=x onerror=alert(1)> click p0 call alert(2) : section x %% end';

test('the agenda diagram renders as SVG, as a Gantt chart and as a timeline', async ({ page, baseURL }) => {
  const mermaidRequests: string[] = [];
  page.on('request', (request) => {
    // Mermaid's own code; the small module that knows how to load it may come earlier.
    if (/mermaid\.core/i.test(request.url())) mermaidRequests.push(request.url());
  });
  await createWorkshop(page, { title: 'Diagram forum', format: 'Three-part forum' });
  expect(mermaidRequests).toEqual([]);
  await page.getByRole('link', { name: 'Diagram' }).click();
  const diagram = page.getByTestId('agenda-diagram');
  await expect(diagram.locator('svg')).toBeVisible();
  await expect.poll(() => diagramText(page)).toContain('1. The competency framework');
  await expect.poll(() => diagramText(page)).toContain('3. Roadmap');
  expect(mermaidRequests.length).toBeGreaterThan(0);
  // Mermaid comes from the app's own server, never from anywhere else.
  expect(mermaidRequests.every((url) => url.startsWith(`${baseURL}/`))).toBe(true);
  await page.getByText('Timeline', { exact: true }).click();
  await expect.poll(() => diagramText(page)).toContain('09∶30');
  await expect.poll(() => diagramText(page)).toContain('2. Challenges and needs');
});

test('a title full of markup and Mermaid syntax shows as text everywhere', async ({ page }) => {
  failOnDialogs(page);
  await createWorkshop(page, { title: hostileTitle, format: 'Three-part forum' });
  await page.getByLabel('Title of part 1').fill('<b onmouseover=alert(3)>bold</b> :crit, done');
  await expect(page.getByTestId('workshop-title')).toHaveText(hostileTitle);
  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(page.getByTestId('workshop-card').getByRole('link')).toHaveText(hostileTitle);
  await page.getByTestId('workshop-card').getByRole('link').click();
  await page.getByRole('link', { name: 'Diagram' }).click();
  await expect(page.getByTestId('agenda-diagram').locator('svg')).toBeVisible();
  await expect.poll(() => diagramText(page)).toContain('‹img src＝x onerror＝alert（1）›');
  await expect.poll(() => diagramText(page)).toContain('1. ‹b onmouseover＝alert（3）›bold‹/b› ∶crit, done');
  await expect.poll(() => diagramText(page)).toContain('2. Challenges and needs');
  expect(await page.locator('img, b[onmouseover], [onerror]').count()).toBe(0);
  await page.getByText('Timeline', { exact: true }).click();
  await expect.poll(() => diagramText(page)).toContain('‹img src＝x onerror＝alert（1）›');
  expect(await page.locator('img, [onerror]').count()).toBe(0);
});

test('a screen whose code cannot be downloaded says so, and Try again loads it', async ({ page }) => {
  await createWorkshop(page, { title: 'Patchy network forum', format: 'Three-part forum' });
  // The laptop's link to the hub drops just as the diagram's code is fetched.
  let reachable = false;
  await page.route(/\/AgendaDiagram-[^/]*\.js$/, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.getByRole('link', { name: 'Diagram' }).click();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  reachable = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('agenda-diagram').locator('svg')).toBeVisible();
});
