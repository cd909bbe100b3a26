import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InputError } from '@backstage/errors';
import { choose, fill, openDialog } from '@internal/portal-react/testing';
import { FakeHarvesterApi } from '../../__testUtils__/FakeHarvesterApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { AdvancedPage } from './AdvancedPage';

const route = '/harvester/advanced?cluster=prod';
const backupTarget = { cluster: 'prod', name: 'backup-target' };

function rowOf(name: string): HTMLElement {
  return screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;
}

describe('AdvancedPage', () => {
  it('lists the settings with value, default and whether they changed', async () => {
    renderPage(<AdvancedPage />, { route });
    await screen.findByText('server-version');
    expect(
      within(rowOf('server-version')).getByText('Customized'),
    ).toBeInTheDocument();
    const policy = rowOf('vm-force-reset-policy');
    expect(
      within(policy).getAllByText('{"enable":true,"period":15}'),
    ).toHaveLength(2);
    expect(within(policy).queryByText('Customized')).toBeNull();
    expect(within(rowOf('backup-target')).getAllByText('(empty)')).toHaveLength(
      2,
    );
  });

  it('searches settings by name, from the URL too', async () => {
    renderPage(<AdvancedPage />, { route: `${route}&q=backup` });
    await screen.findByText('backup-target');
    expect(screen.queryByText('server-version')).toBeNull();
    expect(
      screen.getByRole('searchbox', { name: 'Search settings' }),
    ).toHaveValue('backup');
  });

  it('sets an NFS backup target from its fields', async () => {
    const api = new FakeHarvesterApi();
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit backup-target of prod');
    await choose(dialog, /Type$/, 'NFS');
    await fill(dialog, /^Endpoint/, '10.0.0.5:/exports');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      within(dialog).getByRole('textbox', { name: /^Endpoint/ }),
    ).toBeInvalid();
    expect(update).not.toHaveBeenCalled();

    await fill(dialog, /^Endpoint/, 'nfs://10.0.0.5:/exports');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith(
        expect.objectContaining(backupTarget),
        {
          value: '{"type":"nfs","endpoint":"nfs://10.0.0.5:/exports"}',
        },
      ),
    );
    await waitFor(() =>
      expect(
        within(rowOf('backup-target')).getByText('Customized'),
      ).toBeInTheDocument(),
    );
  });

  it('sets an S3 backup target, requiring its bucket and region', async () => {
    const api = new FakeHarvesterApi();
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit backup-target of prod');
    await choose(dialog, /Type$/, 'S3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      within(dialog).getByRole('textbox', { name: /^Bucket/ }),
    ).toBeInvalid();
    expect(update).not.toHaveBeenCalled();

    await fill(dialog, /^Bucket/, 'harvester-backups');
    await fill(dialog, /^Region/, 'eu-central-1');
    await fill(dialog, /^Credential secret/, 's3-backup-credentials');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(JSON.parse(update.mock.calls[0][1].value!)).toEqual({
      type: 's3',
      bucketName: 'harvester-backups',
      bucketRegion: 'eu-central-1',
      credentialSecret: 's3-backup-credentials',
    });
  });

  it('keeps the S3 options the form does not edit', async () => {
    const api = new FakeHarvesterApi();
    api.settings.find(
      s => s.cluster === 'prod' && s.name === 'backup-target',
    )!.value = JSON.stringify({
      type: 's3',
      endpoint: 'https://minio.example.com',
      bucketName: 'old-bucket',
      bucketRegion: 'us-east-1',
      credentialSecret: 'minio-keys',
      virtualHostedStyle: true,
    });
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit backup-target of prod');
    expect(
      within(dialog).getByRole('textbox', { name: /^Bucket/ }),
    ).toHaveValue('old-bucket');
    expect(
      within(dialog).getByRole('textbox', { name: /^Credential secret/ }),
    ).toHaveValue('minio-keys');
    await fill(dialog, /^Region/, 'us-west-2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(JSON.parse(update.mock.calls[0][1].value!)).toEqual({
      type: 's3',
      endpoint: 'https://minio.example.com',
      bucketName: 'old-bucket',
      bucketRegion: 'us-west-2',
      credentialSecret: 'minio-keys',
      virtualHostedStyle: true,
    });
  });

  it('switching to NFS drops the S3 fields', async () => {
    const api = new FakeHarvesterApi();
    api.settings.find(
      s => s.cluster === 'prod' && s.name === 'backup-target',
    )!.value = '{"type":"s3","bucketName":"b","bucketRegion":"r"}';
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit backup-target of prod');
    await choose(dialog, /Type$/, 'NFS');
    await fill(dialog, /^Endpoint/, 'nfs://nas:/backups');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith(expect.anything(), {
        value: '{"type":"nfs","endpoint":"nfs://nas:/backups"}',
      }),
    );
  });

  it('reads an old plain NFS value as its endpoint', async () => {
    renderPage(<AdvancedPage />, { route: '/harvester/advanced?cluster=lab' });
    const dialog = await openDialog('Edit backup-target of lab');
    expect(
      within(dialog).getByRole('textbox', { name: /^Endpoint/ }),
    ).toHaveValue('nfs://backup.lab:/exports');
    expect(
      within(dialog).getByRole('button', { name: /Type$/ }),
    ).toHaveTextContent('NFS');
  });

  it('checks a JSON setting parses before saving it', async () => {
    const api = new FakeHarvesterApi();
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit vm-force-reset-policy of prod');
    const value = within(dialog).getByRole('textbox', { name: /^Value/ });
    await fill(dialog, /^Value/, '{"enable":false,');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(value).toBeInvalid();
    expect(update).not.toHaveBeenCalled();

    await fill(dialog, /^Value/, '{"enable":false,"period":15}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith(
        expect.objectContaining({
          cluster: 'prod',
          name: 'vm-force-reset-policy',
        }),
        { value: '{"enable":false,"period":15}' },
      ),
    );
  });

  it('resets a customized setting to its default', async () => {
    const api = new FakeHarvesterApi();
    const update = jest.spyOn(api, 'updateSetting');
    renderPage(<AdvancedPage />, { api, route });
    const unchanged = await openDialog('Edit vm-force-reset-policy of prod');
    expect(
      within(unchanged).getByRole('button', { name: 'Reset to default' }),
    ).toBeDisabled();
    await userEvent.click(
      within(unchanged).getByRole('button', { name: 'Cancel' }),
    );

    const dialog = await openDialog('Edit server-version of prod');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reset to default' }),
    );
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith(
        expect.objectContaining({ cluster: 'prod', name: 'server-version' }),
        { value: null },
      ),
    );
    await waitFor(() =>
      expect(
        within(rowOf('server-version')).queryByText('Customized'),
      ).toBeNull(),
    );
  });

  it('shows the server refusal in the dialog', async () => {
    const api = new FakeHarvesterApi();
    jest
      .spyOn(api, 'updateSetting')
      .mockRejectedValue(
        new InputError('value: the NFS export is not reachable'),
      );
    renderPage(<AdvancedPage />, { api, route });
    const dialog = await openDialog('Edit backup-target of prod');
    await choose(dialog, /Type$/, 'NFS');
    await fill(dialog, /^Endpoint/, 'nfs://10.0.0.5:/exports');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'value: the NFS export is not reachable',
    );
  });

  it('offers no editing without the cluster manage permission', async () => {
    // Permission answers are cached per cluster: ask about one no other test shows.
    const api = new FakeHarvesterApi();
    api.settings.push({
      cluster: 'edge',
      name: 'backup-target',
      value: '',
      default: '',
      customized: false,
    });
    const { answered } = renderPage(<AdvancedPage />, {
      api,
      route: '/harvester/advanced?cluster=edge',
      deny: ['harvester.cluster.manage'],
    });
    await screen.findByText('backup-target');
    await answered('harvester.cluster.manage');
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
  });
});
