import { Locator, Page, expect } from '@playwright/test';
import { selectOption, signInAsGuest, watchConsoleErrors } from '../portal';
import { PluginTestApi } from '../pluginTestApi';
import { uniqueSuffix } from '../authz/access';

/** The demo content of the e2e backend (`aiOps.demo.enabled`). */
export const forecasting = { name: 'forecasting', title: 'Forecasting' };
export const mlResearch = { name: 'ml-research', title: 'ML research' };
/** forecasting's time-series pipeline (ingest → … → evaluate). */
export const dailyDemand = 'daily-demand';

/** A slug of this run, e.g. `e2e-sched-lx3k9a1b`. */
export const uniqueName = (prefix: string) =>
  `e2e-${prefix}-${uniqueSuffix()}`.toLowerCase();

/** `/api/ai-ops` as the guest (an AI-Ops administrator in e2e). */
export class AiOpsTestApi extends PluginTestApi {
  static asGuest(page: Page): Promise<AiOpsTestApi> {
    return this.guestApi(page, '/api/ai-ops');
  }
}

/** The catalog's API as the guest. */
class CatalogTestApi extends PluginTestApi {
  static asGuest(page: Page): Promise<CatalogTestApi> {
    return this.guestApi(page, '/api/catalog');
  }

  async status(path: string): Promise<number> {
    return (await this.fetch('GET', path)).status();
  }
}

/**
 * Opens the page of an entity AI-Ops made once the catalog has it: the
 * entity provider reads again on the backend's entities-changed event and
 * the catalog then processes the entity. The API is asked until then, as
 * a page opened earlier would log the catalog's 404.
 */
export async function openCatalogEntityOnceIngested(
  page: Page,
  entity: { kind: 'component' | 'resource'; name: string; title: string },
): Promise<void> {
  const catalog = await CatalogTestApi.asGuest(page);
  const path = `/entities/by-name/${entity.kind}/default/${entity.name}`;
  await expect.poll(() => catalog.status(path), { timeout: 90_000 }).toBe(200);
  await page.goto(`/catalog/default/${entity.kind}/${entity.name}`);
  await expect(
    page.getByRole('heading', { name: entity.title, exact: true }),
  ).toBeVisible();
}

/** How each test starts: console errors watched and the API as guest. */
export async function startAiOpsTest(page: Page) {
  const errors = watchConsoleErrors(page);
  const api = await AiOpsTestApi.asGuest(page);
  return { errors, api };
}

export type AiOpsSection =
  | 'Home'
  | 'Pipelines'
  | 'Runs'
  | 'Data'
  | 'Schedules'
  | 'Settings';

/**
 * Signs in and opens AI-Ops as a user does: the sidebar's entry, the
 * workspace in the header's picker, then the section's tab.
 */
export async function openAiOps(
  page: Page,
  section: AiOpsSection,
  workspace = forecasting,
): Promise<void> {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'AI-Ops', exact: true })
    .click();
  await selectOption(page, 'Workspace', workspace.title);
  await expect(
    page.getByRole('button', { name: `${workspace.title} Workspace` }),
  ).toBeVisible();
  if (section !== 'Home') {
    const tab = page
      .getByRole('tablist', { name: 'Toolbar tabs' })
      .getByRole('tab', { name: section, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
}

/** The table row that contains `text`. */
export function rowOf(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('row').filter({ hasText: text });
}
