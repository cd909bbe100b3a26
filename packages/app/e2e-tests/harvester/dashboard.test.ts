import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dataRows } from '../authz/access';
import {
  east,
  openHarvester,
  pickCluster,
  startHarvesterTest,
  west,
} from './harvester';

type Dashboard = {
  clusters: { name: string; connection: string; version?: string }[];
  hosts: { total: number; byState: Record<string, number> };
  vms: { total: number; byState: Record<string, number> };
  volumes: { total: number };
  images: { total: number };
  events: { reason: string; message: string; type: string }[];
};

test('Harvester dashboard: both simulated clusters connected, states, capacity and events', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const summary = await api.get<Dashboard>('/dashboard');
  expect(summary.clusters.map(c => [c.name, c.connection])).toEqual([
    [east.name, 'connected'],
    [west.name, 'connected'],
  ]);

  await openHarvester(page, 'Dashboard');

  await test.step('a card per cluster says it is connected and its version', async () => {
    for (const cluster of [east, west]) {
      const card = page.getByRole('group', {
        name: `Cluster ${cluster.title}`,
      });
      await expect(
        card.getByRole('heading', { name: cluster.title }),
      ).toBeVisible();
      await expect(card).toContainText('connected');
      await expect(card).toContainText(`${cluster.name} · Harvester v1.5.1`);
    }
  });

  await test.step('headline counts match the API', async () => {
    const metric = (label: string) =>
      page.getByRole('group', { name: label, exact: true });
    await expect(metric('Hosts')).toContainText(String(summary.hosts.total));
    await expect(metric('Images')).toContainText(String(summary.images.total));
    // The demo seed has six hosts in two clusters.
    expect(summary.hosts.total).toBeGreaterThanOrEqual(6);
  });

  await test.step('hosts and VMs by state, each state in the legend', async () => {
    const hostStates = page.getByRole('list', { name: 'Host states' });
    await expect(hostStates.getByRole('listitem').first()).toBeVisible();
    await expect(hostStates).toContainText('Active');
    const vmStates = page.getByRole('list', { name: 'VM states' });
    // The seed runs most VMs, keeps some stopped and one paused.
    for (const state of ['Running', 'Stopped', 'Paused']) {
      await expect(vmStates).toContainText(`${state}:`);
    }
    await expect(page.getByRole('img', { name: /^VM states: / })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Virtual machines by state' })
        .getByRole('link', { name: 'All VMs' }),
    ).toHaveAttribute('href', '/harvester/vms');
  });

  await test.step('capacity bars show CPU, memory and storage in use', async () => {
    const capacity = page.getByRole('region', { name: 'Capacity' });
    for (const resource of ['CPU', 'Memory', 'Storage']) {
      const meter = capacity.getByRole('meter', { name: resource });
      await expect(meter).toBeVisible();
      await expect(meter).toHaveAttribute('aria-valuetext', / \/ .* · \d+%$/);
    }
  });

  await test.step('recent events list what the simulated controllers did', async () => {
    const events = page.getByRole('region', { name: 'Recent events' });
    await expect(
      events.getByRole('columnheader', { name: 'Reason' }),
    ).toBeVisible();
    // With all clusters shown, each event says which cluster it is from.
    await expect(
      events.getByRole('columnheader', { name: 'Cluster' }),
    ).toBeVisible();
    // The newest events change as the simulation runs; each is typed.
    await expect(
      dataRows(events).first().getByRole('gridcell').first(),
    ).toHaveText(/^(Normal|Warning)$/);
    await saveScreenshot(page, 'harvester-dashboard');
  });

  await test.step('picking a cluster narrows the dashboard to it', async () => {
    await pickCluster(page, west.title);
    await expect(page).toHaveURL(/cluster=demo-west/);
    const westSummary = await api.get<Dashboard>(
      `/dashboard?cluster=${west.name}`,
    );
    await expect(
      page.getByRole('group', { name: `Cluster ${east.title}` }),
    ).toBeHidden();
    await expect(
      page.getByRole('group', { name: 'Hosts', exact: true }),
    ).toContainText(String(westSummary.hosts.total));
  });

  expect(errors).toEqual([]);
});
