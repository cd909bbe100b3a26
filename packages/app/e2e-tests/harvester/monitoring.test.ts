import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { east, openHarvester, startHarvesterTest, west } from './harvester';

type Monitoring = {
  source: string;
  hosts: { cluster: string; name: string }[];
  vms: { name: string; cpuCoresUsed?: number }[];
};

test('Harvester monitoring: host usage bars, the busiest VMs, and no history without Prometheus', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const monitoring = await api.get<Monitoring>('/monitoring');
  // The simulated clusters serve metrics-server only, no Prometheus.
  expect(monitoring.source).toBe('metrics-server');

  await openHarvester(page, 'Monitoring');

  await test.step('the page says there is no history without Prometheus', async () => {
    await expect(page.getByText('Current usage only')).toBeVisible();
    await expect(
      page.getByText(/usage is a snapshot, without history/),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toBeHidden();
  });

  await test.step('each cluster’s hosts with their usage bars', async () => {
    for (const cluster of [east, west]) {
      const panel = page.getByRole('region', {
        name: `Hosts of ${cluster.name}`,
      });
      const hosts = monitoring.hosts.filter(h => h.cluster === cluster.name);
      expect(hosts.length).toBeGreaterThan(0);
      await expect(panel.getByRole('rowheader')).toHaveCount(hosts.length);
      for (const host of hosts) {
        for (const resource of ['CPU', 'Memory', 'Storage']) {
          await expect(
            panel.getByRole('meter', { name: `${resource} of ${host.name}` }),
          ).toHaveAttribute('aria-valuetext', / \/ .* · \d+%$/);
        }
      }
    }
  });

  await test.step('the busiest VMs link to their pages', async () => {
    const top = page.getByRole('region', { name: 'Top VMs by CPU' });
    expect(monitoring.vms.some(vm => vm.cpuCoresUsed !== undefined)).toBe(true);
    await expect(top.getByRole('rowheader').first()).toBeVisible();
    // The ten busiest at most; VMs of other tests may come and go.
    expect(await top.getByRole('rowheader').count()).toBeLessThanOrEqual(10);
    await expect(
      page
        .getByRole('region', { name: 'Top VMs by memory' })
        .getByRole('link')
        .first(),
    ).toHaveAttribute('href', /^\/harvester\/vms\/demo-(east|west)\//);
    await saveScreenshot(page, 'harvester-monitoring');
  });

  expect(errors).toEqual([]);
});
