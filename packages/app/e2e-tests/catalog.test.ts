import { test, expect } from '@playwright/test';
import { saveScreenshot, signInAsGuest, watchConsoleErrors } from './portal';

test('catalog lists the portal and the demo organisation', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsGuest(page);

  await page.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(
    page.getByRole('link', { name: 'Portal backend' }),
  ).toBeVisible();

  await page.goto('/catalog?filters[kind]=group&filters[user]=all');
  await expect(
    page.getByRole('link', { name: 'Platform Team' }).first(),
  ).toBeVisible();
  await saveScreenshot(page, 'catalog');
  expect(errors).toEqual([]);
});
