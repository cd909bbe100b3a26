import { screen, waitFor, within } from '@testing-library/react';
import { choose } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { MonitoringPage } from './MonitoringPage';

const route = '/harvester/monitoring';

function withPrometheus(): FakeHarvesterApi {
  const api = new FakeHarvesterApi();
  const points = (values: number[]) =>
    values.map((value, i) => ({
      at: `2025-06-01T11:${10 + i * 10}:00.000Z`,
      value,
    }));
  api.monitoring = {
    ...api.monitoring,
    source: 'prometheus',
    series: [
      {
        metric: 'cpu',
        unit: 'cores',
        target: 'node-1',
        points: points([10, 12, 11]),
      },
      {
        metric: 'memory',
        unit: 'bytes',
        target: 'node-1',
        points: points([1e10, 2e10, 3e10]),
      },
    ],
  };
  return api;
}

describe('MonitoringPage', () => {
  it('shows host usage per cluster and the busiest VMs', async () => {
    renderPage(<MonitoringPage />, { route });
    const prod = await screen.findByRole('region', { name: 'Hosts of prod' });
    expect(
      within(prod).getByRole('meter', { name: 'CPU of node-2' }),
    ).toHaveAttribute('aria-valuetext', '30 cores / 32 cores · 94%');
    expect(
      within(prod).getByRole('meter', { name: 'Memory of node-1' }),
    ).toHaveAttribute('aria-valuetext', '64 GiB / 128 GiB · 50%');
    expect(
      screen.getByRole('region', { name: 'Hosts of lab' }),
    ).toBeInTheDocument();

    const byCpu = screen.getByRole('region', { name: 'Top VMs by CPU' });
    const names = within(byCpu)
      .getAllByRole('rowheader')
      .map(cell => cell.textContent);
    expect(names[0]).toContain('web-1');
    expect(names[1]).toContain('web-2');
    expect(within(byCpu).getByRole('link', { name: 'web-1' })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    const byMemory = screen.getByRole('region', { name: 'Top VMs by memory' });
    expect(byMemory).toHaveTextContent('3 GiB');
  });

  it('says when only metrics-server answers: no history', async () => {
    renderPage(<MonitoringPage />, { route });
    expect(await screen.findByText('Current usage only')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'History' })).toBeNull();
  });

  it('says when no metrics are available at all', async () => {
    const api = new FakeHarvesterApi();
    api.monitoring = { ...api.monitoring, source: 'none' };
    renderPage(<MonitoringPage />, { api, route });
    expect(await screen.findByText('No metrics available')).toBeInTheDocument();
    expect(screen.queryByText('Current usage only')).toBeNull();
  });

  it('charts Prometheus history for the picked target and range', async () => {
    const api = withPrometheus();
    const get = jest.spyOn(api, 'getMonitoring');
    renderPage(<MonitoringPage />, { api, route: `${route}?cluster=prod` });
    const history = await screen.findByRole('region', { name: 'History' });
    expect(
      within(history).getByRole('img', {
        name: 'CPU over the last 1h: node-1',
      }),
    ).toBeInTheDocument();
    expect(
      within(history).getByRole('img', {
        name: 'Memory over the last 1h: node-1',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Current usage only')).toBeNull();
    expect(get).toHaveBeenLastCalledWith({
      cluster: ['prod'],
      range: '1h',
      target: undefined,
    });

    await choose(history, /Range$/, 'Last 6 hours');
    await waitFor(() =>
      expect(get).toHaveBeenLastCalledWith(
        expect.objectContaining({ range: '6h' }),
      ),
    );
    await choose(
      screen.getByRole('region', { name: 'History' }),
      /Target$/,
      'VM default/web-1',
    );
    await waitFor(() =>
      expect(get).toHaveBeenLastCalledWith({
        cluster: ['prod'],
        range: '6h',
        target: 'default/web-1',
      }),
    );
  });
});
