import { test, expect } from '@playwright/test';
import { saveScreenshot, signInAsGuest, watchConsoleErrors } from './portal';

test('sign-in page offers guest sign-in and signs in', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByText('Platform Portal').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enter' })).toBeVisible();
  await saveScreenshot(page, 'sign-in');

  await signInAsGuest(page);
  expect(errors).toEqual([]);
});
