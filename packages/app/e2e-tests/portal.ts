import { Locator, Page, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const screenshotDir = resolve(__dirname, '../../../e2e-screenshots');

/**
 * Records console errors and uncaught page errors, so each test can assert
 * that the page it visited rendered cleanly.
 */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', error => errors.push(error.message));
  return errors;
}

/** Signs in through the guest provider on the sign-in page. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

/** Saves a full-page screenshot into the git-ignored e2e-screenshots/. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({
    path: resolve(screenshotDir, `${name}.png`),
    fullPage: true,
  });
}

/**
 * Opens the Scaffolder template titled `title` from the /create page: the
 * innermost element holding both its heading and a Choose button is its
 * card (the page holds every template's card).
 */
export async function chooseTemplate(page: Page, title: string) {
  const heading = page.getByRole('heading', { name: title, exact: true });
  await page
    .locator('div')
    .filter({ has: heading })
    .filter({ has: page.getByRole('button', { name: 'Choose' }) })
    .last()
    .getByRole('button', { name: 'Choose' })
    .click();
  await expect(heading).toBeVisible();
}

/**
 * Picks `option` in the @backstage/ui Select labelled `label` inside
 * `scope`; the select's button reads its value, then its label (and * if
 * required).
 */
export async function selectOption(
  scope: Page | Locator,
  label: string,
  option: string,
) {
  await scope
    .getByRole('button', { name: new RegExp(`${label}\\s*\\*?$`) })
    .click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}
