import { Locator, Page, expect } from '@playwright/test';
import { signInAsGuest, watchConsoleErrors } from '../portal';
import { PluginTestApi } from '../pluginTestApi';
import { uniqueSuffix } from '../authz/access';

/** The simulated clusters of the e2e backend (harvester.demoCluster). */
export const east = { name: 'demo-east', title: 'Demo East (simulated)' };
export const west = { name: 'demo-west', title: 'Demo West (simulated)' };

/** The demo seed's Ubuntu image (in every cluster's `default` namespace). */
export const ubuntuImage = {
  ref: 'default/ubuntu-22.04',
  displayName: 'ubuntu-22.04-server-cloudimg-amd64.img',
};

/** A DNS-label name of this run, e.g. `e2e-vm-lx3k9a1b`. */
export const uniqueName = (prefix: string) =>
  `e2e-${prefix}-${uniqueSuffix()}`.toLowerCase();

/** `<cluster>/<namespace>/<name>` of an object. */
export type ObjectRef = { cluster: string; namespace: string; name: string };

export const refPath = (ref: ObjectRef) =>
  `/clusters/${ref.cluster}/namespaces/${ref.namespace}`;

/** The fields of `VmSummary` / `VmDetail` the tests read. */
export type TestVm = ObjectRef & {
  state: string;
  host?: string;
  /** Only in the detail (`GET .../vms/:name`). */
  disks?: { claimName?: string }[];
};

export type TestPage<T> = { items: T[]; totalCount: number };

/**
 * `/api/harvester` as the guest user (a Platform Administrator in the e2e
 * config), to arrange objects, read what the UI should show, and clean up.
 */
export class HarvesterTestApi extends PluginTestApi {
  static asGuest(page: Page): Promise<HarvesterTestApi> {
    return this.guestApi(page, '/api/harvester');
  }

  /** The object of a list route (`/images`, `/volumes`...) in `cluster`. */
  async findListed<T extends { name: string }>(
    list: string,
    cluster: string,
    matches: (item: T) => boolean,
  ): Promise<T | undefined> {
    const page = await this.get<TestPage<T>>(
      `/${list}?cluster=${cluster}&limit=500`,
    );
    return page.items.find(matches);
  }

  /** The VM, or undefined once it is gone. */
  async findVm(ref: ObjectRef): Promise<TestVm | undefined> {
    const response = await this.fetch('GET', `${refPath(ref)}/vms/${ref.name}`);
    if (response.status() === 404) return undefined;
    expect(response.ok(), await response.text()).toBe(true);
    return response.json();
  }

  /** Creates a VM from the Ubuntu image, small, and waits until it runs. */
  async createRunningVm(ref: ObjectRef): Promise<void> {
    await this.call('POST', `${refPath(ref)}/vms`, {
      name: ref.name,
      image: ubuntuImage.ref,
      cpuCores: 1,
      memory: '1Gi',
      rootDiskSize: '10Gi',
    });
    await this.waitForVmState(ref, 'Running');
  }

  /** Waits until the simulated controllers brought the VM into `state`. */
  async waitForVmState(ref: ObjectRef, state: string): Promise<void> {
    await expect
      .poll(async () => (await this.findVm(ref))?.state, {
        timeout: 60_000,
        message: `${ref.name} is ${state}`,
      })
      .toBe(state);
  }

  /** Deletes a VM of the test with its volumes; a missing one is fine. */
  async deleteVmQuietly(ref: ObjectRef): Promise<void> {
    await this.deleteQuietly(
      `${refPath(ref)}/vms/${ref.name}?removeVolumes=true&confirm=${ref.name}`,
    );
  }

  /** Waits until the simulated controllers removed the VM. */
  async waitForVmGone(ref: ObjectRef): Promise<void> {
    await expect
      .poll(async () => (await this.findVm(ref))?.state ?? 'gone', {
        timeout: 60_000,
        message: `${ref.name} is gone`,
      })
      .toBe('gone');
  }
}

/** How each test starts: console errors watched and the API as guest. */
export async function startHarvesterTest(page: Page) {
  const errors = watchConsoleErrors(page);
  const api = await HarvesterTestApi.asGuest(page);
  return { errors, api };
}

export type HarvesterSection =
  | 'Dashboard'
  | 'Hosts'
  | 'Virtual Machines'
  | 'Volumes'
  | 'Images'
  | 'Namespaces'
  | 'Networks'
  | 'Backup & Snapshot'
  | 'Monitoring'
  | 'Advanced';

/**
 * Signs in as guest and opens a section of Harvester the way a user does:
 * the sidebar's "Harvester" entry, then the section's header tab, then the
 * header's cluster when one is given. Resolves to the section's table.
 */
export async function openHarvester(
  page: Page,
  section: HarvesterSection,
  cluster?: { title: string },
): Promise<Locator> {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Harvester', exact: true })
    .click();
  const tab = page
    .getByRole('tablist', { name: 'Toolbar tabs' })
    .getByRole('tab', { name: section, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  if (cluster) await pickCluster(page, cluster.title);
  return page.getByRole('grid', { name: 'Data table' });
}

/** Picks the header's cluster, for every section at once. */
export async function pickCluster(page: Page, title: string) {
  await page.getByRole('button', { name: /Cluster$/ }).click();
  await page.getByRole('option', { name: title, exact: true }).click();
  await expect(
    page.getByRole('button', { name: `${title} Cluster` }),
  ).toBeVisible();
}

/**
 * Ticks a @backstage/ui checkbox (also a table's row selection) from the
 * keyboard: its input is visually hidden, so pointer clicks cannot reach it.
 */
export async function tick(scope: Locator, label: string) {
  const checkbox = scope.getByRole('checkbox', { name: label });
  await checkbox.focus();
  await scope.page().keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rows of a table whose row header starts with `name` (a whole word),
 * or matches it when it is a pattern.
 */
export function rowOf(scope: Locator, name: string | RegExp): Locator {
  const header =
    typeof name === 'string' ? new RegExp(`^${escapeRegExp(name)}( |$)`) : name;
  return scope.getByRole('row').filter({
    has: scope.page().getByRole('rowheader', { name: header }),
  });
}

/**
 * Presses the Delete button of the row of `name` and confirms in the
 * dialog titled `title` (which must say `says`, when given).
 */
export async function deleteRow(
  table: Locator,
  name: string,
  title: string,
  says?: string,
) {
  await rowOf(table, name)
    .getByRole('button', { name: `Delete ${name}` })
    .click();
  const dialog = table.page().getByRole('dialog', { name: title });
  if (says) await expect(dialog).toContainText(says);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
}
