import { expect, type Page } from '@playwright/test';

/** The agent's desk during a call, then its wrap-up form. */
export class CallPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  get transcript() {
    return this.page.getByRole('list', { name: 'Transcript' });
  }
  async waitUntilReady() {
    await expect(this.page.locator('.desk[data-hydrated="true"]')).toBeVisible();
  }
  /** Says a line and waits for the customer's answer to appear. */
  async say(text: string) {
    const before = await this.transcript.locator('li.bubble:not(.typing)').count();
    await this.page.getByLabel('What you say').fill(text);
    await this.page.keyboard.press('Enter');
    await expect(this.transcript.locator('li.bubble:not(.typing)')).toHaveCount(before + 2);
  }
  async endCall() {
    await this.page.getByRole('button', { name: 'End call' }).click();
    await expect(this.page.getByRole('form', { name: 'Wrap-up' })).toBeVisible();
  }
  async fileNotes(record: { disposition: string; amount?: string; method?: string; notes: string }) {
    await this.page.getByLabel('Disposition').selectOption(record.disposition);
    if (record.amount) await this.page.getByLabel('Amount agreed ($)').fill(record.amount);
    if (record.method) await this.page.getByLabel('Method').selectOption(record.method);
    await this.page.getByLabel('Account notes').fill(record.notes);
    await this.page.getByRole('button', { name: 'File notes and see debrief' }).click();
  }
}
