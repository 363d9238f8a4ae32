import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { createWorkshop } from './support';

/**
 * axe-core on every main screen a facilitator and a participant meet, as they stand with content
 * in them: no serious or critical finding (missing names, contrast, broken ARIA). The join screen
 * and the participant's screens at phone size are checked in smallScreens.spec.ts.
 */
test('no serious or critical axe findings on home, the workshop tabs, the run screen, the projector and the participant view', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Kigali forum', format: 'Three-part forum' });
  await expectAxeClean(page, 'agenda');
  for (const [tab, label] of [['details', 'Details'], ['attendance', 'Attendance'], ['outcome', 'Outcome']] as const) {
    await page.goto(`/#/w/${id}/${tab}`);
    await expect(page.locator('a.tab[aria-current="page"]')).toHaveText(label);
    await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
    await expectAxeClean(page, tab);
  }
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 3, name: 'Kigali forum' })).toBeVisible();
  await expectAxeClean(page, 'home');

  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('activity-facilitator')).toHaveAttribute('data-activity', 'competencies');
  await expectAxeClean(page, 'run');

  const projector = await page.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('activity-projector')).toHaveAttribute('data-activity', 'competencies');
  await expectAxeClean(projector, 'projector');

  const participant = await page.context().newPage();
  await participant.goto(`/#/w/${id}/participate`);
  await expect(participant.getByTestId('activity-participant')).toHaveAttribute('data-activity', 'competencies');
  await expectAxeClean(participant, 'participant, competencies');
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(participant.getByTestId('activity-participant')).toHaveAttribute('data-activity', 'cards');
  await expectAxeClean(participant, 'participant, cards');
  await expectAxeClean(page, 'run, cards');
});
