import { APIRequestContext, Locator, Page, expect } from '@playwright/test';
import { signInAsGuest } from '../portal';

/** A suffix that keeps the objects one test run creates apart from others. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

export type TestRole = { id: string; name: string };

/** `GET /stats`: the sizes of the PAP model. */
export type TestStats = {
  users: { total: number; active: number; disabled: number };
  groups: number;
  departments: number;
  roles: { total: number; active: number };
  policies: { total: number; active: number };
};

/**
 * The authz REST API as the guest user (a Platform Administrator through
 * `authz.bootstrap.administrators`), for arranging data and cleaning up.
 */
export class AuthzTestApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async asGuest(request: APIRequestContext): Promise<AuthzTestApi> {
    const response = await request.get('/api/auth/guest/refresh', {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    expect(response.ok(), await response.text()).toBe(true);
    const body = await response.json();
    return new AuthzTestApi(request, body.backstageIdentity.token);
  }

  async send<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.request.fetch(`/api/authz${path}`, {
      method,
      data,
      headers: { Authorization: `Bearer ${this.token}` },
    });
    expect(
      response.ok(),
      `${method} ${path}: ${response.status()} ${await response.text()}`,
    ).toBe(true);
    return response.status() === 204 ? (undefined as T) : response.json();
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, data: unknown): Promise<T> {
    return this.send<T>('POST', path, data);
  }

  async createRole(name: string): Promise<TestRole> {
    return this.post<TestRole>('/roles', {
      name,
      active: true,
      allUsers: false,
    });
  }

  async roleIdByName(name: string): Promise<string | undefined> {
    const page = await this.get<{ items: TestRole[] }>('/roles?limit=500');
    return page.items.find(role => role.name === name)?.id;
  }

  /** Removes what a test made; a missing object is fine (the test did it). */
  async deleteQuietly(path: string): Promise<void> {
    await this.request.delete(`/api/authz${path}`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
  }

  /**
   * The catalog sync fills the PAP shortly after start; tests that read the
   * demo organisation (catalog-info/org) wait until all of it is there.
   */
  async waitForCatalogSync(): Promise<void> {
    await expect
      .poll(
        async () => {
          const stats = await this.get<TestStats>('/stats');
          return (
            stats.users.total >= 11 &&
            stats.groups === 7 &&
            stats.departments === 6
          );
        },
        { timeout: 60_000, message: 'the catalog sync brought the demo org' },
      )
      .toBe(true);
  }
}

export const userPath = (ref: string) => `/users/${encodeURIComponent(ref)}`;

export type AccessTab =
  | 'Dashboard'
  | 'Users'
  | 'Groups'
  | 'Departments'
  | 'Roles'
  | 'Policies'
  | 'Audit log';

/**
 * Signs in as guest and opens the Access admin UI the way a user does: the
 * sidebar's "Access" entry, then the section's tab in the page header.
 */
export async function openAccess(page: Page, tab: AccessTab) {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Access', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Toolbar tabs' });
  await tabs.getByRole('tab', { name: tab, exact: true }).click();
  await expect(
    tabs.getByRole('tab', { name: tab, exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
}

/** Picks `option` in the @backstage/ui Select labelled `label` (in `scope`). */
export async function pickOption(
  page: Page,
  label: RegExp,
  option: string,
  scope: Page | Locator = page,
) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The data rows of a @backstage/ui table (not the header row). */
export function dataRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}
