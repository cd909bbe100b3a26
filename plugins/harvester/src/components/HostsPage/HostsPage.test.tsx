import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { HostsPage } from './HostsPage';

const rowOf = (name: string) =>
  screen.getByRole('link', { name }).closest('[role="row"]') as HTMLElement;

describe('HostsPage', () => {
  it('lists hosts with state, roles, readiness, load and VMs', async () => {
    renderPage(<HostsPage />, { route: '/harvester/hosts' });
    await screen.findByRole('link', { name: 'node-1' });
    const node1 = rowOf('node-1');
    expect(node1).toHaveTextContent('Active');
    expect(
      within(node1).getByRole('list', { name: 'Roles of node-1' }),
    ).toHaveTextContent('managementworker');
    expect(
      within(node1).getByRole('meter', { name: 'CPU of node-1' }),
    ).toHaveAttribute('aria-valuetext', '12 cores / 32 cores · 38%');
    expect(node1).toHaveTextContent('10.0.0.11');
    expect(within(node1).getByRole('link', { name: 'node-1' })).toHaveAttribute(
      'href',
      '/harvester/hosts/prod/node-1',
    );

    const node3 = rowOf('node-3');
    expect(node3).toHaveTextContent('Cordoned');
    expect(
      within(node3).getByRole('note', { name: /^Readiness: Below minimum/ }),
    ).toHaveAccessibleName(
      'Readiness: Below minimum. Unmet: memory 24 GiB < 32 GiB (test); cpu 8 cores < 16 cores (production)',
    );
    expect(
      within(node3).getByRole('meter', { name: 'CPU of node-3' }),
    ).toHaveAttribute('aria-valuetext', 'no usage data · 8 cores total');
  });

  it('shows what is allocated and provisioned beside what is used', async () => {
    renderPage(<HostsPage />, { route: '/harvester/hosts' });
    await screen.findByRole('link', { name: 'node-1' });
    const node1 = rowOf('node-1');
    expect(
      within(node1).getByText('allocated 20 cores / 32 cores · 63%'),
    ).toBeInTheDocument();
    expect(
      within(node1).getByText('allocated 96 GiB / 128 GiB · 75%'),
    ).toBeInTheDocument();
    // Storage: what the disks hold is the bar; what Longhorn promised may
    // rightly exceed the disks, and is said so instead of overflowing it.
    expect(
      within(node1).getByRole('meter', { name: 'Storage of node-1' }),
    ).toHaveAttribute('aria-valuetext', '512 GiB / 2 TiB · 25%');
    expect(
      within(node1).getByText(
        'provisioned 2.5 TiB / 2 TiB · 125%, over-provisioned',
      ),
    ).toBeInTheDocument();
    // Without metrics the allocation is still known.
    expect(
      within(rowOf('node-3')).getByText('allocated 4 cores / 8 cores · 50%'),
    ).toBeInTheDocument();
  });

  it('filters by the picked cluster, state and search through the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listHosts');
    renderPage(<HostsPage />, { api, route: '/harvester/hosts?cluster=prod' });
    await screen.findByRole('link', { name: 'node-1' });
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ cluster: ['prod'], offset: 0, limit: 25 }),
    );
    expect(screen.queryByRole('link', { name: 'lab-1' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: /State/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Cordoned' }),
    );
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ cluster: ['prod'], state: ['Cordoned'] }),
      ),
    );
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'node-1' })).toBeNull(),
    );
    expect(screen.getByRole('link', { name: 'node-3' })).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search hosts' }),
      'zzz',
    );
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'zzz', state: ['Cordoned'] }),
      ),
    );
    expect(
      await screen.findByText('No hosts match these filters.'),
    ).toBeInTheDocument();
  });
});
