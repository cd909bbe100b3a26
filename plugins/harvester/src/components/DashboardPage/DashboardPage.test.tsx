import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { DashboardPage } from './DashboardPage';

describe('DashboardPage', () => {
  it('shows each cluster’s connection and version', async () => {
    renderPage(<DashboardPage />, { route: '/harvester' });
    const prod = await screen.findByRole('group', {
      name: 'Cluster Production',
    });
    expect(prod).toHaveTextContent('connected');
    expect(prod).toHaveTextContent('Harvester v1.5.1');
    const lab = screen.getByRole('group', { name: 'Cluster Lab' });
    expect(lab).toHaveTextContent('error');
    expect(lab).toHaveTextContent('certificate signed by unknown authority');
  });

  it('summarises hosts and VMs by state, capacity and storage', async () => {
    renderPage(<DashboardPage />, { route: '/harvester' });
    expect(
      await screen.findByRole('group', { name: 'Virtual machines' }),
    ).toHaveTextContent('6');
    expect(screen.getByRole('group', { name: 'Hosts' })).toHaveTextContent('4');
    expect(screen.getByRole('group', { name: 'Volumes' })).toHaveTextContent(
      '125 GiB provisioned',
    );
    expect(screen.getByRole('group', { name: 'Images' })).toHaveTextContent(
      '3',
    );
    expect(
      screen.getByRole('img', {
        name: 'VM states: 3 Running, 1 Stopped, 1 Paused, 1 Error',
      }),
    ).toBeInTheDocument();
    const hostStates = screen.getByRole('list', { name: 'Host states' });
    expect(
      within(hostStates)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Active: 2', 'Cordoned: 1', 'Maintenance: 1']);
    expect(screen.getByRole('meter', { name: 'CPU' })).toHaveAttribute(
      'aria-valuetext',
      '54 cores / 104 cores · 52%',
    );
  });

  it('lists recent events with warnings marked', async () => {
    renderPage(<DashboardPage />, { route: '/harvester' });
    const events = await screen.findByRole('region', {
      name: 'Recent events',
    });
    const warning = within(events)
      .getByText('FailedPull')
      .closest('[role="row"]') as HTMLElement;
    expect(within(warning).getByText('Warning')).toHaveAttribute(
      'data-tone',
      'warning',
    );
    expect(warning).toHaveTextContent('image not found (×3)');
  });

  it('shows only the picked cluster', async () => {
    const api = new FakeHarvesterApi();
    const get = jest.spyOn(api, 'getDashboard');
    renderPage(<DashboardPage />, { api, route: '/harvester?cluster=lab' });
    expect(
      await screen.findByRole('group', { name: 'Cluster Lab' }),
    ).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith({ cluster: ['lab'] });
    expect(
      screen.queryByRole('group', { name: 'Cluster Production' }),
    ).toBeNull();
    expect(
      screen.getByRole('group', { name: 'Virtual machines' }),
    ).toHaveTextContent('1');
  });

  it('refreshes itself every 15 seconds', async () => {
    jest.useFakeTimers();
    try {
      const api = new FakeHarvesterApi();
      const get = jest.spyOn(api, 'getDashboard');
      renderPage(<DashboardPage />, { api, route: '/harvester' });
      await act(() => jest.advanceTimersByTimeAsync(1000));
      await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
      api.vms.pop();
      await act(() => jest.advanceTimersByTimeAsync(15_000));
      expect(get).toHaveBeenCalledTimes(2);
      await waitFor(() =>
        expect(
          screen.getByRole('group', { name: 'Virtual machines' }),
        ).toHaveTextContent('5'),
      );
    } finally {
      jest.useRealTimers();
    }
  });
});
