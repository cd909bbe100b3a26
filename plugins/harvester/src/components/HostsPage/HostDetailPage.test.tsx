import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { HostDetailPage } from './HostDetailPage';

const mountPath = '/harvester/hosts/:cluster/:name';
const host = (name: string) => ({
  route: `/harvester/hosts/prod/${name}`,
  mountPath,
});

describe('HostDetailPage', () => {
  it('shows readiness against the requirements, disks, VMs and conditions', async () => {
    renderPage(<HostDetailPage />, host('node-1'));
    expect(
      await screen.findByRole('heading', { name: 'node-1' }),
    ).toBeInTheDocument();
    const readiness = screen.getByRole('region', {
      name: 'Hardware readiness',
    });
    const memory = within(readiness)
      .getByText('Memory')
      .closest('[role="row"]') as HTMLElement;
    expect(memory).toHaveTextContent('128 GiB32 GiB64 GiBproduction');

    const disks = screen.getByRole('region', { name: 'Block devices' });
    expect(disks).toHaveTextContent('/dev/nvme0n1');
    expect(disks).toHaveTextContent('provisioned');

    const vms = screen.getByRole('region', { name: 'Virtual machines' });
    expect(within(vms).getByRole('link', { name: /web-1/ })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    expect(
      within(vms).getByRole('link', { name: /build-1/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Conditions' }),
    ).toHaveTextContent('Ready');
  });

  it('shows CPU and memory used and allocated, storage used and provisioned', async () => {
    renderPage(<HostDetailPage />, host('node-1'));
    const overview = await screen.findByRole('region', { name: 'Overview' });
    expect(
      within(overview).getByRole('meter', { name: 'CPU in use' }),
    ).toHaveAttribute('aria-valuetext', '12 cores / 32 cores · 38%');
    expect(overview).toHaveTextContent('allocated 20 cores / 32 cores · 63%');
    expect(overview).toHaveTextContent('allocated 96 GiB / 128 GiB · 75%');
    expect(
      within(overview).getByRole('meter', { name: 'Storage in use' }),
    ).toHaveAttribute('aria-valuetext', '512 GiB / 2 TiB · 25%');
    expect(overview).toHaveTextContent(
      'provisioned 2.5 TiB / 2 TiB · 125%, over-provisioned',
    );
  });

  it('cordons after saying that running VMs stay', async () => {
    const api = new FakeHarvesterApi();
    const cordon = jest.spyOn(api, 'setHostCordoned');
    renderPage(<HostDetailPage />, { api, ...host('node-1') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Cordon' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'No new VMs will be scheduled on node-1. The 2 VMs running there keep running.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cordon' }),
    );
    expect(cordon).toHaveBeenCalledWith(
      expect.objectContaining({ cluster: 'prod', name: 'node-1' }),
      true,
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Uncordon' }),
      ).toBeInTheDocument(),
    );
    expect(api.hosts.find(h => h.name === 'node-1')?.state).toBe('Cordoned');
  });

  it('enters maintenance after saying the VMs will be migrated away', async () => {
    const api = new FakeHarvesterApi();
    const maintain = jest.spyOn(api, 'setHostMaintenance');
    renderPage(<HostDetailPage />, { api, ...host('node-2') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Enable maintenance mode' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'The 1 VM running on node-2 will be live-migrated to other hosts',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    expect(maintain).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Enable maintenance mode' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Enable maintenance mode',
      }),
    );
    expect(maintain).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'node-2' }),
      true,
    );
    expect(
      await screen.findByRole('button', { name: 'Disable maintenance mode' }),
    ).toBeInTheDocument();
    // A host in maintenance is neither cordoned nor uncordoned by hand.
    expect(screen.queryByRole('button', { name: /cordon/i })).toBeNull();
  });

  it('leaves the actions out for users who may not maintain the host', async () => {
    const { answered } = renderPage(<HostDetailPage />, {
      ...host('node-3'),
      deny: ['harvester.host.maintain'],
    });
    await screen.findByRole('heading', { name: 'node-3' });
    await answered('harvester.host.maintain');
    expect(screen.queryByRole('button', { name: 'Uncordon' })).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Enable maintenance mode' }),
    ).toBeNull();
  });

  it('says when the host does not exist', async () => {
    renderPage(<HostDetailPage />, host('nope'));
    expect(
      await screen.findByText('Error: nope not found'),
    ).toBeInTheDocument();
  });
});
