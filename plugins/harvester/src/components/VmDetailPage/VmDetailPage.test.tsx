import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '@backstage/errors';
import { fill, openDialog, press } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { VmDetailPage } from './VmDetailPage';

const mountPath = '/harvester/vms/:cluster/:namespace/:name';
const vmPage = (name: string, namespace = 'default', tab = '') => ({
  route: `/harvester/vms/prod/${namespace}/${name}${tab && `?tab=${tab}`}`,
  mountPath,
});
const ref = (name: string, namespace = 'default') =>
  expect.objectContaining({ cluster: 'prod', namespace, name });
const stateBadge = (state: string) =>
  screen.findByText(state, { selector: '[data-tone]' });

/** web-1's Snapshots & Backups tab, over a fake the test may spy on. */
function renderBackupsTab() {
  const api = new FakeHarvesterApi();
  renderPage(<VmDetailPage />, {
    api,
    ...vmPage('web-1', 'default', 'backups'),
  });
  return api;
}

describe('VmDetailPage', () => {
  it('shows the VM’s facts, conditions and each section as a tab', async () => {
    renderPage(<VmDetailPage />, vmPage('web-1'));
    expect(
      await screen.findByRole('heading', { name: 'web-1' }),
    ).toBeInTheDocument();
    expect(await stateBadge('Running')).toHaveAttribute('data-tone', 'success');
    expect(screen.getByRole('definition', { name: 'CPU' })).toHaveTextContent(
      '2 cores',
    );
    expect(screen.getByRole('definition', { name: 'Host' })).toHaveTextContent(
      'node-1',
    );
    expect(screen.getByRole('definition', { name: 'Owner' })).toHaveTextContent(
      'shop',
    );
    expect(screen.getByText('LiveMigratable')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open console' })).toHaveAttribute(
      'href',
      'https://harvester-prod.example.com/dashboard/harvester/console/uid-prod-default-web-1/vnc',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Volumes' }));
    expect(await screen.findByText('web-1-disk-0')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Networks' }));
    expect(await screen.findByText('52:54:00:12:34:56')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Migrations' }));
    expect(await screen.findByText('web-1-mig-1')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('tab', { name: 'Snapshots & Backups' }),
    );
    expect(await screen.findByText('web-1-snap-1')).toBeInTheDocument();
    expect(screen.getByText('web-1-backup-1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Events' }));
    expect(await screen.findByText('Started')).toBeInTheDocument();
  });

  it('starts a stopped VM and follows it until it runs', async () => {
    const api = new FakeHarvesterApi();
    const action = jest.spyOn(api, 'runVmAction');
    renderPage(<VmDetailPage />, { api, ...vmPage('db-1') });
    await stateBadge('Stopped');
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(action).toHaveBeenCalledWith(ref('db-1'), 'start');
    expect(
      await screen.findByRole('status', { name: 'Waiting for db-1' }),
    ).toHaveTextContent('now Starting');
    expect(await stateBadge('Running')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('status', { name: 'Waiting for db-1' }),
      ).toBeNull(),
    );
    expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled();
  });

  it('pauses and unpauses a running VM', async () => {
    const api = new FakeHarvesterApi();
    const action = jest.spyOn(api, 'runVmAction');
    renderPage(<VmDetailPage />, { api, ...vmPage('web-2') });
    await stateBadge('Running');
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await stateBadge('Paused')).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Unpause' }),
    );
    expect(action.mock.calls.map(call => call[1])).toEqual([
      'pause',
      'unpause',
    ]);
    expect(await stateBadge('Running')).toBeInTheDocument();
  });

  it('shows why the server refused an action', async () => {
    const api = new FakeHarvesterApi();
    jest
      .spyOn(api, 'runVmAction')
      .mockRejectedValue(new ConflictError('web-2 is being migrated'));
    renderPage(<VmDetailPage />, { api, ...vmPage('web-2') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restart' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'web-2 is being migrated',
    );
  });

  it('migrates to a schedulable host the user picks', async () => {
    const api = new FakeHarvesterApi();
    api.hosts.push({
      ...api.hosts[1],
      name: 'witness-1',
      roles: ['witness'],
    });
    const action = jest.spyOn(api, 'runVmAction');
    renderPage(<VmDetailPage />, { api, ...vmPage('web-1') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Migrate' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Target host/ }),
    );
    const options = await screen.findAllByRole('option');
    // Neither its own host, the cordoned node-3 nor the witness.
    expect(options.map(o => o.textContent)).toEqual([
      'Any host (the scheduler picks)',
      'node-2 (1 VMs)',
    ]);
    await userEvent.click(options[1]);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Migrate' }),
    );
    expect(action).toHaveBeenCalledWith(ref('web-1'), 'migrate', {
      targetHost: 'node-2',
    });
    await waitFor(() =>
      expect(
        screen.getByRole('definition', { name: 'Host' }),
      ).toHaveTextContent('node-2'),
    );
  });

  it('deletes after the name is typed, keeping volumes unless asked', async () => {
    const api = new FakeHarvesterApi();
    const remove = jest.spyOn(api, 'deleteVm');
    renderPage(<VmDetailPage />, { api, ...vmPage('db-1') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete' }),
    );
    const dialog = await screen.findByRole('dialog');
    const volumes = within(dialog).getByRole('list', {
      name: 'What happens to its volumes',
    });
    await waitFor(() => expect(volumes).toHaveTextContent('db-1-disk-0: kept'));
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Also delete its volumes' }),
    );
    await waitFor(() =>
      expect(volumes).toHaveTextContent('db-1-disk-0: deleted'),
    );
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toBeDisabled();
    await fill(dialog, 'Type db-1 to confirm', 'db-1');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);
    expect(remove).toHaveBeenCalledWith(ref('db-1'), {
      removeVolumes: true,
      confirm: 'db-1',
    });
    await waitFor(() =>
      expect(api.vms.map(vm => vm.name)).not.toContain('db-1'),
    );
    expect(api.volumes.map(v => v.name)).not.toContain('db-1-disk-0');
  });

  it('clones, snapshots and backs up through their dialogs', async () => {
    const api = new FakeHarvesterApi();
    const clone = jest.spyOn(api, 'cloneVm');
    const backup = jest.spyOn(api, 'createBackup');
    renderPage(<VmDetailPage />, { api, ...vmPage('web-2') });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Take snapshot' }),
    );
    let dialog = await screen.findByRole('dialog');
    await fill(dialog, 'Name', 'web-2-before-upgrade');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Take snapshot' }),
    );
    expect(backup).toHaveBeenCalledWith(ref('web-2'), {
      name: 'web-2-before-upgrade',
      type: 'snapshot',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Take backup' }));
    dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Take backup' }),
    );
    // The production cluster has no backup target yet.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'the backup-target setting is not configured',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clone' }));
    dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('textbox', { name: 'Name of the clone' }),
    ).toHaveValue('web-2-clone');
    await userEvent.click(
      within(dialog).getByRole('checkbox', {
        name: 'Start the clone when it is created',
      }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Clone' }),
    );
    expect(clone).toHaveBeenCalledWith(ref('web-2'), {
      name: 'web-2-clone',
      namespace: 'default',
      runStrategy: 'Always',
    });
  });

  it('restores a snapshot into a new VM', async () => {
    const api = renderBackupsTab();
    const restore = jest.spyOn(api, 'restoreBackup');
    const dialog = await openDialog('Restore web-1-snap-1');
    await fill(dialog, 'New VM name', 'web-1-restored');
    await press(dialog, 'Restore');
    expect(restore).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'web-1-snap-1' }),
      {
        mode: 'new',
        newVmName: 'web-1-restored',
        deletePreviousVolumes: false,
      },
    );
  });

  it('restores over the VM only after warning it must be stopped', async () => {
    const api = renderBackupsTab();
    const restore = jest.spyOn(api, 'restoreBackup');
    const dialog = await openDialog('Restore web-1-backup-1');
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'The existing VM web-1' }),
    );
    expect(dialog).toHaveTextContent('web-1 must be stopped');
    await press(dialog, 'Restore');
    expect(restore).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'web-1-backup-1' }),
      { mode: 'replace', deletePreviousVolumes: false },
    );
  });

  it('follows a snapshot being taken until it is ready', async () => {
    jest.useFakeTimers();
    try {
      const api = new FakeHarvesterApi();
      const snapshot = api.backups.find(b => b.name === 'web-1-snap-1')!;
      Object.assign(snapshot, { readyToUse: false, progress: 40 });
      renderPage(<VmDetailPage />, {
        api,
        ...vmPage('web-1', 'default', 'backups'),
      });
      await act(() => jest.advanceTimersByTimeAsync(1000));
      expect(
        await screen.findByRole('progressbar', {
          name: 'Progress of web-1-snap-1',
        }),
      ).toHaveAttribute('aria-valuenow', '40');
      Object.assign(snapshot, { readyToUse: true, progress: 100 });
      await act(() => jest.advanceTimersByTimeAsync(2000));
      await waitFor(() =>
        expect(
          screen.queryByRole('progressbar', {
            name: 'Progress of web-1-snap-1',
          }),
        ).toBeNull(),
      );
      expect(
        screen.getByRole('button', { name: 'Restore web-1-snap-1' }),
      ).toBeEnabled();
    } finally {
      jest.useRealTimers();
    }
  });

  it('deletes a snapshot from the VM’s list', async () => {
    const api = renderBackupsTab();
    const remove = jest.spyOn(api, 'deleteBackup');
    const dialog = await openDialog('Delete web-1-snap-1');
    expect(dialog).toHaveTextContent('it can no longer be restored');
    await press(dialog, 'Delete');
    expect(remove).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'web-1-snap-1' }),
    );
    await waitFor(() => expect(screen.queryByText('web-1-snap-1')).toBeNull());
  });

  it('leaves out the actions the policy denies', async () => {
    const { answered } = renderPage(<VmDetailPage />, {
      ...vmPage('broken-1', 'team-a'),
      deny: ['harvester.vm.operate', 'harvester.vm.delete'],
    });
    await stateBadge('Error');
    await answered('harvester.vm.delete');
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clone' })).toBeInTheDocument();
  });
});
