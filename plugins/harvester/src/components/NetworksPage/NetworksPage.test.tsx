import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '@backstage/errors';
import { choose, fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { NetworksPage } from './NetworksPage';

const route = '/harvester/networks?cluster=prod';

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

describe('NetworksPage', () => {
  it('lists VM networks and the cluster networks under them', async () => {
    renderPage(<NetworksPage />, { route });
    await screen.findByText('vlan-100');
    const vlan100 = rowOf('vlan-100');
    expect(vlan100).toHaveTextContent('100');
    expect(vlan100).toHaveTextContent('mgmt');
    expect(vlan100).toHaveTextContent('L2VlanNetwork');

    const clusterNetworks = screen.getByRole('region', {
      name: 'Cluster networks',
    });
    const data = await within(clusterNetworks).findByRole('rowheader', {
      name: /^data/,
    });
    const dataRow = data.closest('[role="row"]') as HTMLElement;
    expect(within(dataRow).getByText('Ready')).toHaveAttribute(
      'data-tone',
      'success',
    );
    expect(dataRow).toHaveTextContent('data-all-hosts');
  });

  it('filters by namespace on the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listNetworks');
    renderPage(<NetworksPage />, { api, route });
    await screen.findByText('vlan-100');
    await choose(document.body, /Namespace$/, 'team-a');
    await waitFor(() => expect(screen.queryByText('vlan-100')).toBeNull());
    expect(screen.getByText('vlan-200')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: ['team-a'] }),
    );
  });

  it('creates a VLAN network on a cluster network', async () => {
    const api = new FakeHarvesterApi();
    const create = jest.spyOn(api, 'createNetwork');
    renderPage(<NetworksPage />, { api, route });
    await screen.findByText('vlan-100');
    const dialog = await openDialog('Create VLAN network');
    await choose(dialog, /Namespace$/, 'default');
    await fill(dialog, /^Name/, 'vlan-300');
    await fill(dialog, /^VLAN ID/, '300');
    await choose(dialog, /Cluster network$/, 'data');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        { cluster: 'prod', namespace: 'default' },
        { name: 'vlan-300', vlan: 300, clusterNetwork: 'data' },
      ),
    );
    expect(await screen.findByText('vlan-300')).toBeInTheDocument();
  });

  it('refuses a VLAN id out of range and shows the server refusal', async () => {
    const api = new FakeHarvesterApi();
    const create = jest
      .spyOn(api, 'createNetwork')
      .mockRejectedValue(
        new ConflictError('VLAN 100 is already used by vlan-100'),
      );
    renderPage(<NetworksPage />, { api, route });
    await screen.findByText('vlan-100');
    const dialog = await openDialog('Create VLAN network');
    await choose(dialog, /Namespace$/, 'default');
    await fill(dialog, /^Name/, 'vlan-x');
    await fill(dialog, /^VLAN ID/, '5000');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^VLAN ID/ }),
    ).toBeInvalid();
    expect(create).not.toHaveBeenCalled();

    await fill(dialog, /^VLAN ID/, '100');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'VLAN 100 is already used by vlan-100',
    );
  });

  it('deletes an unused network; one in use says why it cannot', async () => {
    const api = new FakeHarvesterApi();
    renderPage(<NetworksPage />, { api, route });
    await screen.findByText('vlan-100');
    const inUse = screen.getByRole('button', { name: 'Delete vlan-100' });
    expect(inUse).toBeDisabled();
    expect(inUse).toHaveAccessibleDescription('Used by 2 VMs');

    const dialog = await openDialog('Delete vlan-200');
    expect(dialog).toHaveTextContent('VLAN 200');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(screen.queryByText('vlan-200')).toBeNull());
    expect(api.networks.map(n => n.name)).toEqual(['vlan-100']);
  });

  it('offers no delete without the network manage permission', async () => {
    // Permission answers are cached per object: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.networks.push({ ...api.networks[1], name: 'private-net' });
    const { answered } = renderPage(<NetworksPage />, {
      api,
      route: `${route}&q=private`,
      deny: ['harvester.network.manage'],
    });
    await screen.findByText('private-net');
    await answered('harvester.network.manage');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
  });
});
