import { expect, test } from '@playwright/test';
import { paintedPixels } from './pages/charts.ts';
import { LoginPage } from './pages/login-page.ts';

const SHOTS = 'test/.reports/screenshots';

test('a trainer reads every cohort chart, filters by scenario, and opens a trainee with the debrief links', async ({ page }) => {
  await new LoginPage(page).signIn('trainer@example.com');
  await expect(page).toHaveURL(/\/trainer$/);
  for (const id of ['score-trend', 'criterion-trend', 'scenario-difficulty', 'attempts-to-ready']) {
    const canvas = page.getByTestId(id).locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => paintedPixels(canvas), { message: id }).toBeGreaterThan(300);
  }
  await expect(page.getByTestId('violation-heatmap').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('trainee-table').locator('tbody tr')).toHaveCount(6);
  await page.screenshot({ path: `${SHOTS}/cohort-dashboard.png`, fullPage: true });

  // Filter to one scenario: the difficulty table then lists only it.
  const filters = page.getByTestId('dashboard-filters');
  await filters.getByLabel('Scenario').selectOption('job-loss-hardship');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/scenario=job-loss-hardship/);
  const difficultyRows = page.locator('section', { hasText: 'Scenario difficulty' }).locator('details table tbody tr');
  await expect(difficultyRows).toHaveCount(1);
  await expect(difficultyRows.first()).toContainText('Laid off three weeks ago');

  // A trainee's own dashboard: trend, radar, history rows linking to debriefs.
  await page.getByTestId('trainee-table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/trainees\/\d+/);
  const radar = page.getByTestId('competency-radar').locator('canvas');
  await radar.scrollIntoViewIfNeeded();
  await expect.poll(() => paintedPixels(radar)).toBeGreaterThan(300);
  const history = page.getByTestId('trainee-history');
  await expect(history.locator('tbody tr').first()).toBeVisible();
  await history.getByRole('link', { name: 'Debrief' }).first().click();
  await expect(page).toHaveURL(/\/calls\/[\w-]+$/);
  await expect(page.getByTestId('verdict')).toBeVisible();
});

test('a trainer assigns a scenario and changes the call-ready rule; the trainee sees the assignment due on their home page', async ({ browser }) => {
  const trainer = await (await browser.newContext()).newPage();
  await new LoginPage(trainer).signIn('trainer@example.com');
  const form = trainer.getByTestId('assign-form');
  await form.getByLabel('Scenario').selectOption('hostile-customer');
  await form.getByLabel('Due').fill('2030-01-15');
  await form.getByLabel('Required score').fill('85');
  await form.getByLabel('Attempts allowed').fill('2');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(trainer.getByRole('status')).toContainText('Assigned "Angry from the first word", due 2030-01-15');
  await expect(trainer.getByTestId('assignments')).toContainText('Angry from the first word');

  // A looser rule is saved and every trainee is checked against it again.
  const rule = trainer.getByTestId('readiness-form');
  await rule.getByLabel('Pass each core scenario at').fill('60');
  await rule.getByRole('button', { name: 'Save rule' }).click();
  await expect(trainer.getByRole('status')).toContainText('Call-ready rule saved');
  await expect(trainer.getByTestId('readiness-form').getByLabel('Pass each core scenario at')).toHaveValue('60');

  const trainee = await (await browser.newContext()).newPage();
  await new LoginPage(trainee).signIn('trainee@example.com');
  const home = trainee.getByTestId('trainee-home');
  await expect(home.locator('[data-scenario="hostile-customer"]')).toContainText('by 2030-01-15 · 85+ · 0 of 2 attempts');
  await expect(home).toContainText(/Call-ready/);
  await trainee.screenshot({ path: `${SHOTS}/trainee-home.png`, fullPage: true });

  // The trainee's own progress page is theirs alone: another trainee's id is not found.
  await home.getByRole('link', { name: 'My progress' }).click();
  await expect(trainee.getByRole('heading', { name: 'My progress' })).toBeVisible();
  const own = Number(/\/trainees\/(\d+)/.exec(trainee.url())?.[1]);
  const other = await trainee.request.get(`/trainees/${own + 1}`);
  expect(other.status()).toBe(404);
});

test('a trainer starts a cohort, adds trainees from a CSV file, assigns a scenario and exports the cohort', async ({ page }) => {
  await new LoginPage(page).signIn('trainer@example.com');
  const create = page.getByTestId('new-cohort');
  await create.getByLabel('Name').fill('E2E cohort · trainer-made');
  await create.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E cohort · trainer-made');
  await expect(page.getByRole('status').first()).toContainText('created');

  // A bad file adds nobody and says which line is wrong.
  const csv = page.locator('#add-trainees');
  await csv.scrollIntoViewIfNeeded();
  await expect(csv.getByTestId('csv-form')).toHaveAttribute('data-hydrated', 'true');
  await csv.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nRobin Vale,not-an-email\n') });
  await csv.getByRole('button', { name: 'Import trainees' }).click();
  await expect(csv.getByTestId('csv-problems')).toContainText('line 2');

  await csv.locator('input[type=file]').setInputFiles({
    name: 'trainees.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,email\r\n"Vale, Robin",robin.vale@example.com\r\nKai Moreno,kai.moreno@example.com\r\n'),
  });
  await csv.getByRole('button', { name: 'Import trainees' }).click();
  await expect(csv.getByTestId('csv-imported')).toContainText('Created 2 trainees');
  await csv.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('trainee-table').locator('tbody tr')).toHaveCount(2);

  const form = page.getByTestId('assign-form');
  await form.getByLabel('Scenario').selectOption('cooperative-first-time-late');
  await form.getByLabel('Due').fill('2030-02-01');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByTestId('assignments')).toContainText('First-time late, happy to sort it out');

  const exported = await page.request.get((await page.getByTestId('export-csv').getAttribute('href')) as string);
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toContain('text/csv');
  expect(await exported.text()).toContain('call_id');
});
