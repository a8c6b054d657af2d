import { expect, test } from '@playwright/test';
import { CallPage } from './pages/call-page.ts';
import { paintedPixels } from './pages/charts.ts';
import { LoginPage } from './pages/login-page.ts';

const SHOTS = 'test/.reports/screenshots';

test('a trainee signs in, takes a whole call, survives a reload, files notes and reads the debrief', async ({ page }) => {
  await new LoginPage(page).signIn('trainee@example.com');
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole('heading', { name: 'Practice calls' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/practice.png`, fullPage: true });

  const card = page.locator('[data-scenario="cooperative-first-time-late"]');
  await card.getByRole('button', { name: 'Start call' }).click();
  await expect(page).toHaveURL(/\/calls\/[\w-]+$/);

  const call = new CallPage(page);
  await call.waitUntilReady();
  await expect(page.getByRole('complementary', { name: 'Account' })).toContainText('Balance');
  await expect(page.getByLabel('Call duration')).toBeVisible();

  await call.say('Hi, this is Jamie from Summit Recovery Services. May I speak with the account holder please?');
  await call.say('Thanks. For your privacy, can you confirm your date of birth?');

  // A reload keeps every turn: the call resumes where it was.
  const turnsBefore = await call.transcript.locator('li.bubble').count();
  await page.reload();
  await call.waitUntilReady();
  await expect(call.transcript.locator('li.bubble')).toHaveCount(turnsBefore);

  await call.say('Thank you. This is an attempt to collect a debt and any information obtained will be used for that purpose.');
  await call.say('I am calling about your past due credit card balance. Are you able to pay the full balance today?');
  await call.say('I understand, that sounds hard. What could you afford each month?');
  await page.screenshot({ path: `${SHOTS}/call.png`, fullPage: true });
  await call.endCall();
  await call.fileNotes({ disposition: 'NA', notes: 'RPC verified by DOB, mini-Miranda given, discussed options.' });

  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Negotiation and call quality' })).toBeVisible();
  await expect(page.locator('[data-criterion]').first()).toBeVisible();
  // The debrief explains the call: the radar (drawn by Chart.js), the outcome, the record check, every turn.
  await expect.poll(() => paintedPixels(page.getByTestId('competency-radar').locator('canvas'))).toBeGreaterThan(500);
  await expect(page.getByTestId('outcome-figures')).toContainText(/Outcome.*Arrangement.*Customer's patience/);
  await expect(page.getByTestId('record-check')).toContainText('Disposition filed matches the call');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('> li')).toHaveCount(turnsBefore + 6);
  await expect(timeline).toContainText('mini miranda');
  await page.screenshot({ path: `${SHOTS}/debrief.png`, fullPage: true });
});

test('a trainer signs in and sees the cohort score chart drawn from the database', async ({ page }) => {
  await new LoginPage(page).signIn('trainer@example.com');
  await expect(page).toHaveURL(/\/trainer$/);
  const canvas = page.getByTestId('score-trend').locator('canvas');
  await expect(canvas).toBeVisible();
  // The canvas has coloured pixels once Chart.js has drawn on it.
  await expect.poll(() => paintedPixels(canvas)).toBeGreaterThan(500);
  await expect(page.getByRole('table').first()).toBeAttached();
  await page.screenshot({ path: `${SHOTS}/trainer.png`, fullPage: true });
});

test('pages that need a role send visitors to sign in', async ({ page }) => {
  await page.goto('/practice');
  await expect(page).toHaveURL(/\/login\?next=%2Fpractice$/);
  await expect(page.getByTestId('demo-logins')).toContainText('trainee@example.com');
});

test('a trainer turns on live hints for the cohort; the trainee then gets coached during practice', async ({ browser }) => {
  const trainerPage = await (await browser.newContext()).newPage();
  await new LoginPage(trainerPage).signIn('trainer@example.com');
  const toggle = trainerPage.getByTestId('hints-toggle').getByRole('checkbox');
  await expect(trainerPage.getByTestId('hints-toggle')).toHaveAttribute('data-cohort', /\d+/);
  await expect(trainerPage.getByTestId('hints-toggle')).toHaveAttribute('data-hydrated', 'true');
  // The box changes once the server has saved the setting, so click and wait for the answer.
  await toggle.click();
  await expect(trainerPage.getByTestId('hints-toggle')).toContainText('On: trainees see what to do next');

  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).signIn('trainee@example.com');
  await page.locator('[data-scenario="cooperative-first-time-late"]').getByRole('button', { name: 'Start call' }).click();
  const call = new CallPage(page);
  await call.waitUntilReady();
  await call.say('Hi, this is Jamie from Summit Recovery Services. Is this Maria Delgado?');
  await call.say('I am calling about your past due credit card balance. Can you pay it today?');
  const coach = page.getByTestId('coach');
  await expect(coach).toBeVisible();
  await expect(coach).toContainText('MINI_MIRANDA');
  await page.screenshot({ path: `${SHOTS}/call-with-hints.png`, fullPage: true });

  // Off again: the next exchange comes without coaching.
  await toggle.click();
  await expect(trainerPage.getByTestId('hints-toggle')).toContainText('Off: trainees practise unaided');
  await call.say('Sorry, can you confirm your date of birth for me?');
  await expect(coach).toHaveCount(0);
});
