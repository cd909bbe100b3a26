import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { VmsPage } from './VmsPage';

const rowOf = (name: string) =>
  screen
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;

const names = () =>
  screen
    .getAllByRole('rowheader')
    .map(cell => within(cell).getByRole('link').textContent);

async function select(...vms: string[]) {
  for (const vm of vms) {
    await userEvent.click(within(rowOf(vm)).getByRole('checkbox'));
  }
}

describe('VmsPage', () => {
  it('lists VMs with their state, host and size', async () => {
    renderPage(<VmsPage />, { route: '/harvester/vms' });
    await screen.findByRole('link', { name: /^web-1/ });
    const web1 = rowOf('web-1');
    expect(within(web1).getByText('Running')).toHaveAttribute(
      'data-tone',
      'success',
    );
    expect(within(web1).getByRole('link', { name: 'node-1' })).toHaveAttribute(
      'href',
      '/harvester/hosts/prod/node-1',
    );
    expect(web1).toHaveTextContent('10.52.0.10');
    expect(web1).toHaveTextContent('2 cores4 GiB');
    expect(within(web1).getByRole('link', { name: /^web-1/ })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    expect(within(rowOf('broken-1')).getByText('Error')).toHaveAttribute(
      'title',
      'ErrImagePull: image not found',
    );
  });

  it('follows VMs that are starting until they run', async () => {
    jest.useFakeTimers();
    try {
      const api = new FakeHarvesterApi();
      const web1 = api.vms.find(vm => vm.name === 'web-1')!;
      web1.state = 'Starting';
      // Running from the third read on: the list must ask twice more.
      api.settling.set('prod/default/web-1', {
        final: { state: 'Running' },
        readsLeft: 2,
      });
      renderPage(<VmsPage />, { api, route: '/harvester/vms' });
      await act(() => jest.advanceTimersByTimeAsync(1000));
      await waitFor(() =>
        expect(within(rowOf('web-1')).getByText('Starting')).toBeVisible(),
      );
      await act(() => jest.advanceTimersByTimeAsync(4000));
      await waitFor(() =>
        expect(within(rowOf('web-1')).getByText('Running')).toBeVisible(),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('asks the server for the filters of a shared URL', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVms');
    renderPage(<VmsPage />, {
      api,
      route:
        '/harvester/vms?cluster=prod&state=Running&namespace=default&label=tier%3Dweb&q=web',
    });
    await screen.findByRole('link', { name: /^web-1/ });
    expect(list).toHaveBeenLastCalledWith({
      cluster: ['prod'],
      state: ['Running'],
      namespace: ['default'],
      host: undefined,
      q: 'web',
      label: 'tier=web',
      offset: 0,
      limit: 25,
    });
    expect(names()).toEqual(['web-1', 'web-2']);
    expect(screen.getByRole('textbox', { name: 'Label selector' })).toHaveValue(
      'tier=web',
    );
  });

  it('asks again when a filter changes', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVms');
    renderPage(<VmsPage />, { api, route: '/harvester/vms' });
    await screen.findByRole('link', { name: /^web-1/ });

    await userEvent.click(screen.getByRole('button', { name: /State/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Paused' }),
    );
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: ['Paused'] }),
      ),
    );
    await waitFor(() => expect(names()).toEqual(['build-1']));

    await userEvent.click(screen.getByRole('button', { name: /State/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'All states' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Label selector' }),
      'app=shop',
    );
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: undefined, label: 'app=shop' }),
      ),
    );
    await waitFor(() =>
      expect(names()).toEqual(['web-1', 'web-2', 'db-1', 'lab-vm']),
    );
  });

  it('sorts by the picked column on the server, either way', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVms');
    renderPage(<VmsPage />, { api, route: '/harvester/vms?cluster=prod' });
    await screen.findByRole('link', { name: /^web-1/ });
    const header = (name: string) => screen.getByRole('columnheader', { name });

    await userEvent.click(header('Name'));
    await waitFor(() =>
      expect(names()).toEqual([
        'broken-1',
        'build-1',
        'db-1',
        'web-1',
        'web-2',
      ]),
    );
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'name', offset: 0 }),
    );

    await userEvent.click(header('Name'));
    await waitFor(() =>
      expect(names()).toEqual([
        'web-2',
        'web-1',
        'db-1',
        'build-1',
        'broken-1',
      ]),
    );
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: '-name' }),
    );

    // VMs without a host come last.
    await userEvent.click(header('Host'));
    await waitFor(() =>
      expect(names()).toEqual([
        'web-1',
        'build-1',
        'web-2',
        'db-1',
        'broken-1',
      ]),
    );
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'host' }),
    );
    expect(header('IP address')).not.toHaveAttribute('aria-sort');
  });

  it('confirms a bulk action listing the VMs, then shows each VM’s result', async () => {
    const api = new FakeHarvesterApi();
    const bulk = jest.spyOn(api, 'runBulkVmAction');
    renderPage(<VmsPage />, { api, route: '/harvester/vms' });
    await screen.findByRole('link', { name: /^web-1/ });
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();

    await select('web-1', 'db-1');
    expect(
      screen.getByRole('toolbar', { name: 'Selected VMs' }),
    ).toHaveTextContent('2 VMs selected');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    const listed = within(dialog).getByRole('list', { name: 'VMs to stop' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['prod/default/web-1Running', 'prod/default/db-1Stopped']);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Stop 2 VMs' }),
    );
    expect(bulk).toHaveBeenCalledWith({
      action: 'stop',
      vms: ['prod/default/web-1', 'prod/default/db-1'],
      removeVolumes: undefined,
    });
    const results = await within(dialog).findByRole('list', {
      name: 'Results',
    });
    expect(dialog).toHaveTextContent('1 VM of 2 failed.');
    expect(results).toHaveTextContent('doneprod/default/web-1: stop web-1');
    expect(results).toHaveTextContent(
      'failedprod/default/db-1: cannot stop db-1 while it is Stopped',
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(within(rowOf('web-1')).getByText('Stopping')).toBeInTheDocument(),
    );
  });

  it('deletes in bulk keeping the volumes unless asked', async () => {
    const api = new FakeHarvesterApi();
    const bulk = jest.spyOn(api, 'runBulkVmAction');
    renderPage(<VmsPage />, { api, route: '/harvester/vms' });
    await screen.findByRole('link', { name: /^web-1/ });
    await select('db-1');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    const removeVolumes = within(dialog).getByRole('checkbox', {
      name: 'Also delete their volumes',
    });
    expect(removeVolumes).not.toBeChecked();
    expect(dialog).toHaveTextContent('volumes are kept');
    await userEvent.click(removeVolumes);
    expect(dialog).toHaveTextContent('volumes are deleted with them');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete 1 VM' }),
    );
    expect(bulk).toHaveBeenCalledWith({
      action: 'delete',
      vms: ['prod/default/db-1'],
      removeVolumes: true,
    });
    expect(
      await within(dialog).findByText(/volumes deleted: db-1-disk-0/),
    ).toBeInTheDocument();
    expect(api.volumes.map(v => v.name)).not.toContain('db-1-disk-0');
  });
});
