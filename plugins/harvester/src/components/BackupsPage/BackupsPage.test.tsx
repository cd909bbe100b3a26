import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '@backstage/errors';
import { fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { BackupsPage } from './BackupsPage';

const route = '/harvester/backups?cluster=prod';

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

describe('BackupsPage', () => {
  it('lists backups with their source VM, readiness and progress', async () => {
    const api = new FakeHarvesterApi();
    renderPage(<BackupsPage />, { api, route });
    await screen.findByText('web-1-backup-1');
    const ready = rowOf('web-1-backup-1');
    expect(within(ready).getByRole('link', { name: 'web-1' })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    expect(within(ready).getByText('Ready')).toHaveAttribute(
      'data-tone',
      'success',
    );
    expect(ready).toHaveTextContent('20 GiB');
    expect(screen.queryByText('web-1-snap-1')).toBeNull();

    const running = rowOf('db-1-backup-1');
    const progress = within(running).getByRole('progressbar', {
      name: 'Progress of db-1-backup-1',
    });
    expect(progress).toHaveAttribute('aria-valuenow', '35');
    // The list follows a backup in progress.
    api.backups.find(b => b.name === 'db-1-backup-1')!.progress = 70;
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Progress of db-1-backup-1' }),
      ).toHaveAttribute('aria-valuenow', '70'),
    );
  });

  it('has tabs for snapshots and schedules', async () => {
    renderPage(<BackupsPage />, { route });
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Snapshots' }),
    );
    expect(await screen.findByText('web-1-snap-1')).toBeInTheDocument();
    expect(screen.queryByText('web-1-backup-1')).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Schedules' }));
    await screen.findByText('web-1-nightly');
    const schedule = rowOf('web-1-nightly');
    expect(schedule).toHaveTextContent('0 2 * * *');
    expect(schedule).toHaveTextContent('keeps 7');
    expect(within(schedule).getByText('Active')).toBeInTheDocument();
    expect(schedule).toHaveTextContent('web-1-nightly-20250601');
    const suspended = rowOf('db-1-hourly');
    expect(within(suspended).getByText('Suspended')).toHaveAttribute(
      'title',
      'after 4 failures',
    );
    expect(suspended).toHaveTextContent('volume snapshot failed');
  });

  it('warns when the cluster has no backup target, linking to Advanced', async () => {
    renderPage(<BackupsPage />, { route });
    const link = await screen.findByRole('link', {
      name: 'Set the backup target of prod in Advanced',
    });
    expect(link).toHaveAttribute(
      'href',
      '/harvester/advanced?cluster=prod&q=backup-target',
    );
    expect(screen.getByText(/No backup target on prod/)).toBeInTheDocument();
  });

  it('does not warn about a cluster with a backup target', async () => {
    renderPage(<BackupsPage />, { route: '/harvester/backups?cluster=lab' });
    await screen.findByText('No backups match these filters.');
    expect(screen.queryByText(/No backup target/)).toBeNull();
  });

  it('restores a backup into a new VM', async () => {
    const api = new FakeHarvesterApi();
    const restore = jest.spyOn(api, 'restoreBackup');
    renderPage(<BackupsPage />, { api, route });
    const dialog = await openDialog('Restore web-1-backup-1');
    await fill(dialog, /^New VM name/, 'web-1-restored');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Restore' }),
    );
    await waitFor(() =>
      expect(restore).toHaveBeenCalledWith(
        expect.objectContaining({
          cluster: 'prod',
          namespace: 'default',
          name: 'web-1-backup-1',
        }),
        expect.objectContaining({ mode: 'new', newVmName: 'web-1-restored' }),
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('replaces the VM, warning that it must be stopped, and shows a refusal', async () => {
    const api = new FakeHarvesterApi();
    const restore = jest
      .spyOn(api, 'restoreBackup')
      .mockRejectedValue(new ConflictError('web-1 is running: stop it first'));
    renderPage(<BackupsPage />, { api, route });
    const dialog = await openDialog('Restore web-1-backup-1');
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'The existing VM web-1' }),
    );
    expect(dialog).toHaveTextContent('web-1 must be stopped');
    await userEvent.click(
      within(dialog).getByRole('checkbox', {
        name: /Delete the VM's current volumes/,
      }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Restore' }),
    );
    expect(
      await within(dialog).findByText('web-1 is running: stop it first'),
    ).toBeInTheDocument();
    expect(restore).toHaveBeenCalledWith(expect.anything(), {
      mode: 'replace',
      deletePreviousVolumes: true,
    });
  });

  it('cannot restore a backup that is not ready, and says so', async () => {
    renderPage(<BackupsPage />, { route });
    await screen.findByText('db-1-backup-1');
    const restore = await screen.findByRole('button', {
      name: 'Restore db-1-backup-1',
    });
    expect(restore).toBeDisabled();
    expect(restore).toHaveAccessibleDescription(
      'db-1-backup-1 is not ready yet',
    );
  });

  it('deletes a backup after confirmation', async () => {
    const api = new FakeHarvesterApi();
    const remove = jest.spyOn(api, 'deleteBackup');
    renderPage(<BackupsPage />, { api, route });
    const dialog = await openDialog('Delete web-1-backup-1');
    expect(dialog).toHaveTextContent('can no longer be restored');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() =>
      expect(screen.queryByText('web-1-backup-1')).toBeNull(),
    );
    expect(remove).toHaveBeenCalledWith(
      expect.objectContaining({
        cluster: 'prod',
        namespace: 'default',
        name: 'web-1-backup-1',
      }),
    );
  });

  it('offers no restore or delete without the VM backup permission', async () => {
    // Permission answers are cached per object: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.backups.push({
      ...api.backups[1],
      name: 'private-backup',
      sourceVm: 'private-vm',
    });
    const { answered } = renderPage(<BackupsPage />, {
      api,
      route: `${route}&q=private`,
      deny: ['harvester.vm.backup'],
    });
    await screen.findByText('private-backup');
    await answered('harvester.vm.backup');
    expect(
      screen.queryByRole('button', { name: /^(Restore|Delete) / }),
    ).toBeNull();
  });
});
