import type { Page } from '@playwright/test';

/** The sign-in page. */
export class LoginPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async signIn(email: string, password = 'parley-demo') {
    await this.page.goto('/login');
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
