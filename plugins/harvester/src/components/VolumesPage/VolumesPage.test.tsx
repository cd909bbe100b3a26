import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '@backstage/errors';
import { choose, fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { VolumesPage } from './VolumesPage';

const route = '/harvester/volumes?cluster=prod';
const GiB = 1024 ** 3;

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

describe('VolumesPage', () => {
  it('lists the volumes with their VM, image and storage class', async () => {
    renderPage(<VolumesPage />, { route });
    await screen.findByText('web-1-disk-0');
    const row = rowOf('web-1-disk-0');
    expect(within(row).getByRole('link', { name: 'web-1' })).toHaveAttribute(
      'href',
      '/harvester/vms/prod/default/web-1',
    );
    expect(row).toHaveTextContent('20 GiB');
    expect(row).toHaveTextContent('Bound');
    expect(row).toHaveTextContent('default/ubuntu-22-04');
    expect(row).toHaveTextContent('longhorn');
    expect(screen.getByText('scratch')).toBeInTheDocument();
  });

  it('filters by namespace and text, on the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVolumes');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    await choose(document.body, /Namespace$/, 'team-a');
    await waitFor(() => expect(screen.queryByText('web-1-disk-0')).toBeNull());
    expect(screen.getByText('scratch')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ cluster: ['prod'], namespace: ['team-a'] }),
    );

    await choose(document.body, /Namespace$/, 'All namespaces');
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search volumes' }),
      'db',
    );
    await waitFor(() => expect(screen.queryByText('scratch')).toBeNull());
    expect(screen.getByText('db-1-disk-0')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'db' }));
  });

  it('pages through many volumes', async () => {
    const api = new FakeHarvesterApi();
    for (let i = 0; i < 30; i += 1) {
      api.volumes.push({
        ...api.volumes[2],
        name: `bulk-${String(i).padStart(2, '0')}`,
      });
    }
    const list = jest.spyOn(api, 'listVolumes');
    renderPage(<VolumesPage />, { api, route });
    expect(await screen.findByText('1 - 25 of 33')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Next table page' }),
    );
    expect(await screen.findByText('26 - 33 of 33')).toBeInTheDocument();
    expect(screen.getByText('bulk-29')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ offset: 25, limit: 25 }),
    );
  });

  it('sorts on the server by the picked column', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVolumes');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    await userEvent.click(screen.getByRole('columnheader', { name: /^Size/ }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: 'sizeBytes' }),
      ),
    );
    await userEvent.click(screen.getByRole('columnheader', { name: /^Size/ }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: '-sizeBytes', offset: 0 }),
      ),
    );
  });

  it('creates a blank volume in a storage class', async () => {
    const api = new FakeHarvesterApi();
    const create = jest.spyOn(api, 'createVolume');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Create volume');
    await choose(dialog, /Namespace$/, 'team-a');
    await fill(dialog, /^Name/, 'data-1');
    await fill(dialog, /^Size/, '50Gi');
    await choose(dialog, /Storage class$/, 'longhorn-ssd');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    await waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        { cluster: 'prod', namespace: 'team-a' },
        {
          name: 'data-1',
          size: '50Gi',
          storageClass: 'longhorn-ssd',
          volumeMode: 'Block',
          accessMode: 'ReadWriteMany',
        },
      ),
    );
    expect(await screen.findByText('data-1')).toBeInTheDocument();
  });

  it('creates a volume from an image', async () => {
    const api = new FakeHarvesterApi();
    const create = jest.spyOn(api, 'createVolume');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Create volume');
    await choose(dialog, /Namespace$/, 'default');
    await fill(dialog, /^Name/, 'from-ubuntu');
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'From an image' }),
    );
    expect(
      within(dialog).queryByRole('button', { name: /Storage class$/ }),
    ).toBeNull();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(within(dialog).getByText('Pick an image')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    // Only images that finished downloading can be copied.
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Image$/ }),
    );
    expect(screen.queryByRole('option', { name: /rocky-9/ })).toBeNull();
    await userEvent.click(
      await screen.findByRole('option', { name: 'ubuntu-22.04 (default)' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        { cluster: 'prod', namespace: 'default' },
        {
          name: 'from-ubuntu',
          size: '10Gi',
          image: 'default/ubuntu-22-04',
          volumeMode: 'Block',
          accessMode: 'ReadWriteMany',
        },
      ),
    );
  });

  it('refuses a bad name and size, and shows the server refusal', async () => {
    const api = new FakeHarvesterApi();
    const create = jest
      .spyOn(api, 'createVolume')
      .mockRejectedValue(new ConflictError('volume data-1 already exists'));
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Create volume');
    await fill(dialog, /^Name/, 'Data_1');
    await fill(dialog, /^Size/, 'ten gigs');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^Name/ }),
    ).toBeInvalid();
    expect(
      within(dialog).getByRole('textbox', { name: /^Size/ }),
    ).toBeInvalid();
    expect(create).not.toHaveBeenCalled();

    await fill(dialog, /^Name/, 'data-1');
    await fill(dialog, /^Size/, '1Gi');
    await choose(dialog, /Namespace$/, 'default');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'volume data-1 already exists',
    );
  });

  it('expands a volume, refusing to shrink it', async () => {
    const api = new FakeHarvesterApi();
    const expand = jest.spyOn(api, 'expandVolume');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Expand scratch');
    const size = within(dialog).getByRole('textbox', { name: /^New size/ });
    expect(size).toHaveValue('5Gi');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Expand' }),
    );
    expect(size).toBeInvalid();
    expect(size).toHaveAccessibleDescription(
      /Must be larger than the current 5 GiB/,
    );
    expect(expand).not.toHaveBeenCalled();

    await fill(dialog, /^New size/, '8Gi');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Expand' }),
    );
    await waitFor(() =>
      expect(expand).toHaveBeenCalledWith(
        expect.objectContaining({
          cluster: 'prod',
          namespace: 'team-a',
          name: 'scratch',
        }),
        { size: '8Gi' },
      ),
    );
    // The claim asks for 8 GiB at once; Longhorn resizes the volume a
    // moment later, and the list follows that without a reload.
    await waitFor(() =>
      expect(rowOf('scratch')).toHaveTextContent('5 GiB → 8 GiBexpanding'),
    );
    await waitFor(
      () => expect(rowOf('scratch')).not.toHaveTextContent('expanding'),
      { timeout: 5000 },
    );
    expect(rowOf('scratch')).toHaveTextContent('8 GiB');
    expect(api.volumes.find(v => v.name === 'scratch')?.sizeBytes).toBe(
      8 * GiB,
    );
  }, 15_000);

  it('deletes a detached volume after confirmation, never an attached one', async () => {
    const api = new FakeHarvesterApi();
    const remove = jest.spyOn(api, 'deleteVolume');
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const attached = screen.getByRole('button', {
      name: 'Delete web-1-disk-0',
    });
    expect(attached).toBeDisabled();
    expect(attached).toHaveAccessibleDescription(
      'Attached to web-1: detach it first',
    );

    const dialog = await openDialog('Delete scratch');
    expect(dialog).toHaveTextContent('team-a');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(screen.queryByText('scratch')).toBeNull());
    expect(remove).toHaveBeenCalledWith(
      expect.objectContaining({
        cluster: 'prod',
        namespace: 'team-a',
        name: 'scratch',
      }),
    );
  });

  it('follows a deletion the server lists a moment late', async () => {
    const api = new FakeHarvesterApi();
    // The backend lists from a watch cache: the first list after the
    // delete can still show the volume.
    const list = api.listVolumes.bind(api);
    let lagging: Awaited<ReturnType<typeof list>> | undefined;
    jest.spyOn(api, 'deleteVolume').mockImplementation(async ref => {
      lagging = await list({ cluster: ['prod'], offset: 0, limit: 25 });
      api.volumes = api.volumes.filter(v => v.name !== ref.name);
    });
    jest.spyOn(api, 'listVolumes').mockImplementation(async query => {
      const stale = lagging;
      lagging = undefined;
      return stale ?? list(query);
    });
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Delete scratch');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(lagging).toBeUndefined());
    await waitFor(() => expect(screen.queryByText('scratch')).toBeNull(), {
      timeout: 5000,
    });
  }, 15_000);

  it('keeps the confirmation open with the server refusal', async () => {
    const api = new FakeHarvesterApi();
    jest
      .spyOn(api, 'deleteVolume')
      .mockRejectedValue(new ConflictError('scratch is attached to build-1'));
    renderPage(<VolumesPage />, { api, route });
    await screen.findByText('scratch');
    const dialog = await openDialog('Delete scratch');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'scratch is attached to build-1',
    );
  });

  it('offers no changes without the volume manage permission', async () => {
    // Permission answers are cached per object: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.volumes.push({ ...api.volumes[2], name: 'private-disk' });
    const { answered } = renderPage(<VolumesPage />, {
      api,
      route: `${route}&q=private`,
      deny: ['harvester.volume.manage'],
    });
    await screen.findByText('private-disk');
    await answered('harvester.volume.manage');
    expect(
      screen.queryByRole('button', { name: /^(Expand|Delete) / }),
    ).toBeNull();
  });

  it('lists the volume snapshots in their own tab, from the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVolumeSnapshots');
    renderPage(<VolumesPage />, { api, route });
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Volume snapshots' }),
    );
    await screen.findByText('web-1-snap-1-disk-0');
    const ready = rowOf('web-1-snap-1-disk-0');
    expect(ready).toHaveTextContent('web-1-disk-0');
    expect(ready).toHaveTextContent('for web-1-snap-1');
    expect(ready).toHaveTextContent('Ready');
    expect(ready).toHaveTextContent('20 GiB');
    const failed = rowOf('db-1-backup-1-disk-0');
    expect(within(failed).getByText('Failed')).toHaveAttribute(
      'title',
      'snapshot controller timed out',
    );
    // VM snapshots are not volume snapshots.
    expect(screen.queryByText('web-1-snap-1')).toBeNull();
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ cluster: ['prod'], offset: 0 }),
    );
  });

  it('sorts the volume snapshots on the server', async () => {
    const api = new FakeHarvesterApi();
    const list = jest.spyOn(api, 'listVolumeSnapshots');
    renderPage(<VolumesPage />, { api, route: `${route}&tab=snapshots` });
    await screen.findByText('web-1-snap-1-disk-0');
    await userEvent.click(screen.getByRole('columnheader', { name: 'Size' }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: 'sizeBytes' }),
      ),
    );
  });
});
