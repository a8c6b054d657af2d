import { expect, test } from '@playwright/test';
import { LoginPage } from './pages/login-page.ts';

const SHOTS = 'test/.reports/screenshots';

test('a trainer opens a scenario and reads its call-flow diagram, then starts the call', async ({ page }) => {
  await new LoginPage(page).signIn('trainer@example.com');
  await page.getByRole('link', { name: 'Scenarios' }).click();
  await expect(page.getByRole('heading', { name: 'Scenario library' })).toBeVisible();
  await page.getByRole('link', { name: /First-time late/ }).click();
  const diagram = page.getByTestId('scenario-diagram');
  await expect(diagram).toBeVisible();
  // Every stage is a box in the diagram, and the call can end.
  await expect(diagram.locator('g.node')).not.toHaveCount(0);
  await expect(diagram).toContainText('call ended');
  await page.screenshot({ path: `${SHOTS}/scenario.png`, fullPage: true });
  await page.getByRole('button', { name: 'Start this call' }).click();
  await expect(page).toHaveURL(/\/calls\//);
});

test('a trainee filters the practice list by difficulty and competency', async ({ page }) => {
  await new LoginPage(page).signIn('trainee@example.com');
  const cards = page.locator('.scenario-card');
  const total = await cards.count();
  expect(total).toBeGreaterThan(0);
  await page.getByLabel('Difficulty').selectOption('1');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/level=1/);
  for (const badge of await cards.locator('.badge').allTextContents()) expect(badge).toBe('Level 1');
  await page.getByLabel('Competency').selectOption('resilience');
  await page.getByRole('button', { name: 'Filter' }).click();
  const shown = await cards.count();
  for (let i = 0; i < shown; i++) await expect(cards.nth(i)).toContainText('resilience');
});

test('trainees cannot open the scenario answer keys', async ({ page }) => {
  await new LoginPage(page).signIn('trainee@example.com');
  const res = await page.goto('/scenarios/cooperative-first-time-late');
  expect(res?.status()).toBe(403);
});
