import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

async function openRegister(page: Page, title: string): Promise<void> {
  const id = await createWorkshop(page, { title });
  await page.goto(`/#/w/${id}/attendance`);
  await expect(page.getByRole('heading', { name: 'Quick add' })).toBeVisible();
}

async function quickAdd(page: Page, person: { name: string; organisation?: string; group?: string; gender?: string; mode?: string; email?: string; consent?: boolean }) {
  const form = page.getByTestId('quick-add');
  await form.getByLabel('Full name').fill(person.name);
  if (person.organisation) await form.getByLabel('Organisation').fill(person.organisation);
  if (person.group) await form.getByLabel('Stakeholder group').selectOption({ label: person.group });
  if (person.gender) await form.getByLabel('Gender').selectOption({ label: person.gender });
  if (person.mode) await form.getByLabel('Onsite or online').selectOption({ label: person.mode });
  if (person.email) await form.getByLabel('Email', { exact: true }).fill(person.email);
  if (person.consent) await form.getByLabel('Agrees to be contacted by email').check();
  await form.getByRole('button', { name: 'Add to register' }).click();
}

/** The number in a count table's row, e.g. count(page, 'counts-gender', 'Woman'). */
function count(page: Page, table: string, label: string) {
  return page.getByTestId(table).getByRole('row', { name: new RegExp(`^${label} `) }).getByRole('cell');
}

async function chooseCsv(page: Page, name: string, text: string) {
  await page.getByTestId('csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('quick add puts a person in the table and the live counts', async ({ page }) => {
  await openRegister(page, 'Register');
  await expect(page.getByText('Nobody is in the register yet.')).toBeVisible();
  await quickAdd(page, { name: 'Amina Njoroge', organisation: 'ICT Authority', group: 'Government', gender: 'Woman', mode: 'In the room' });
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await expect(page.getByTestId('register-row').first()).toContainText('ICT Authority');
  await expect(page.getByTestId('attendance-total')).toHaveText('1 person in the register');
  await expect(count(page, 'counts-group', 'Government')).toHaveText('1');
  await expect(count(page, 'counts-gender', 'Woman')).toHaveText('1');
  await expect(count(page, 'counts-mode', 'In the room')).toHaveText('1');
  // The form is cleared and ready for the next person.
  await expect(page.getByTestId('quick-add').getByLabel('Full name')).toHaveValue('');
  await expect(page.getByTestId('quick-add').getByLabel('Full name')).toBeFocused();

  await quickAdd(page, { name: 'Jean Habimana', gender: 'Man', mode: 'Online' });
  await expect(page.getByTestId('attendance-total')).toHaveText('2 people in the register');
  await expect(count(page, 'counts-mode', 'Online')).toHaveText('1');
  await expect(count(page, 'counts-group', 'Not recorded')).toHaveText('1');
  await page.reload();
  await expect(page.getByTestId('register-row')).toHaveCount(2);
});

test('an email without consent is refused with a message, and nothing is added', async ({ page }) => {
  await openRegister(page, 'Consent');
  await quickAdd(page, { name: 'Grace Mutua', email: 'grace@example.org' });
  await expect(page.getByRole('alert').filter({ hasText: 'Tick the consent box or leave the email out.' })).toBeVisible();
  await expect(page.getByTestId('register-row')).toHaveCount(0);
  await expect(page.getByTestId('quick-add').getByLabel('Full name')).toHaveValue('Grace Mutua');
  await page.getByTestId('quick-add').getByLabel('Agrees to be contacted by email').check();
  await page.getByTestId('quick-add').getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await expect(page.getByTestId('register-row').first()).toContainText('grace@example.org');
});

test('a French semicolon sheet imports, and every rejected row is reported by its line', async ({ page }) => {
  await openRegister(page, 'Import');
  await quickAdd(page, { name: 'Awa Diop', organisation: 'Ministère du Numérique' });
  const sheet = [
    'Nom;Organisation;Genre;Groupe;Mode',
    'Awa Diop;Ministère du Numérique;Femme;Gouvernement;Présentiel',
    'Moussa Sow;Université de Dakar;Homme;Académie;En ligne',
    ';Sans nom;Femme;Gouvernement;Présentiel',
    'Fatou Ndiaye;ONG Jigeen;Femme;Société civile;Présentiel',
    'Ibrahima Fall;Orange;Homme;Secteur privé;Sur la lune',
  ].join('\n');
  await chooseCsv(page, 'inscriptions.csv', sheet);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('5 rows to import');
  // The suggested mapping reads the French headers.
  await expect(preview.getByLabel('Nom')).toHaveValue('name');
  await expect(preview.getByLabel('Genre')).toHaveValue('gender');
  await expect(preview.getByLabel('Groupe')).toHaveValue('group');
  await preview.getByRole('button', { name: 'Import' }).click();

  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('import-added')).toHaveText('2 people added.');
  const rejected = report.getByTestId('import-rejected').getByRole('listitem');
  await expect(rejected).toHaveCount(3);
  await expect(rejected.nth(0)).toContainText('Line 2: Awa Diop is already in the register.');
  await expect(rejected.nth(1)).toContainText('Line 4: no name.');
  await expect(rejected.nth(2)).toContainText('Line 6: “Sur la lune” is neither onsite nor online.');
  await expect(page.getByTestId('register-row')).toHaveCount(3);
  await expect(page.getByTestId('attendance-total')).toHaveText('3 people in the register');
  await expect(count(page, 'counts-mode', 'Online')).toHaveText('1');
});

test('a sheet with broken quoting or no name column is refused whole, and the register is unchanged', async ({ page }) => {
  await openRegister(page, 'Bad sheets');
  await quickAdd(page, { name: 'Kept Person' });
  await expect(page.getByTestId('register-row')).toHaveCount(1);

  await chooseCsv(page, 'broken.csv', 'Name,Organisation\n"Open quote,Ministry\nSomeone,Else\n');
  await expect(page.getByTestId('import-refused')).toContainText('never closes');
  await expect(page.getByTestId('import-refused')).toContainText('the register is unchanged');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await chooseCsv(page, 'nonames.csv', 'Colour,Size\nred,large\nblue,small\n');
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-refused')).toContainText('No column holds names');
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await expect(page.getByTestId('attendance-total')).toHaveText('1 person in the register');

  // Pointing a column at the name fixes it.
  await page.getByTestId('import-preview').getByLabel('Colour').selectOption({ label: 'Full name' });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-added')).toHaveText('2 people added.');
  await expect(page.getByTestId('register-row')).toHaveCount(3);
});

test('removing a person can be undone from the message, and edits are saved', async ({ page }) => {
  await openRegister(page, 'Remove and undo');
  await quickAdd(page, { name: 'Peter Otieno', gender: 'Man' });
  await quickAdd(page, { name: 'Lucy Wanjiru', gender: 'Woman' });
  await page.getByRole('button', { name: 'Remove Peter Otieno' }).click();
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await expect(count(page, 'counts-gender', 'Man')).toHaveText('0');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('register-row')).toHaveCount(2);
  await expect(count(page, 'counts-gender', 'Man')).toHaveText('1');

  await page.getByRole('button', { name: 'Edit Lucy Wanjiru' }).click();
  const form = page.getByTestId('register-table').locator('form');
  await form.getByLabel('Organisation').fill('Kenya School of Government');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('register-row').filter({ hasText: 'Lucy Wanjiru' })).toContainText('Kenya School of Government');
});
