import { ConflictError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import { fill, openDialog, press } from '@internal/portal-react/testing';
import type { Connection } from '@internal/plugin-ai-ops-common';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { now } from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { ConnectionsPanel } from './ConnectionsPanel';
import { DatasetDetailPage } from './DatasetDetailPage';

const connection = (name: string): Connection => ({
  id: `conn-${name}`,
  workspace: 'forecasting',
  name,
  title: name,
  type: 'file',
  config: { directory: '/data' },
  owner: 'group:default/data-engineering',
  status: 'ok',
  createdBy: 'user:default/admin',
  createdAt: now,
  updatedAt: now,
});

function renderDataset(api = new FakeAiOpsApi()) {
  return renderPage(<DatasetDetailPage />, {
    api,
    route: '/ai-ops/datasets/sales',
    mountPath: '/ai-ops/datasets/:dataset',
  });
}

describe('dataset and connection dialogs', () => {
  it('edits a dataset, checking fields as the server does', async () => {
    const { api } = renderDataset();
    await screen.findByRole('region', { name: 'Versions' });
    const dialog = await openDialog('Edit');
    await fill(dialog, /^Owner/, 'nobody');
    await press(dialog, 'Save');
    expect(
      within(dialog).getByRole('textbox', { name: /^Owner/ }),
    ).toHaveAccessibleDescription(/Expected an entity ref/);
    await fill(dialog, /^Owner/, 'group:default/ml-platform');
    await fill(dialog, /^Title/, 'Sales (daily)');
    await fill(dialog, /^Tags/, 'demo, daily');
    await press(dialog, 'Save');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.datasets[0]).toMatchObject({
      title: 'Sales (daily)',
      owner: 'group:default/ml-platform',
      tags: ['demo', 'daily'],
    });
    expect(
      await screen.findByRole('heading', { name: 'Sales (daily)' }),
    ).toBeInTheDocument();
  });

  it('says what goes with a dataset before deleting it', async () => {
    const { api } = renderDataset();
    await screen.findByRole('region', { name: 'Versions' });
    const dialog = await openDialog('Delete');
    expect(
      await within(dialog).findByText(/Its 1 version and their validation/),
    ).toBeInTheDocument();
    await press(dialog, 'Delete');
    await waitFor(() => expect(api.datasets).toEqual([]));
  });

  it("shows the server's refusal to delete a dataset pipelines use", async () => {
    const api = new FakeAiOpsApi();
    const message =
      "Dataset 'sales' is loaded or published to by the current version of pipeline(s) 'forecast'; remove it from them first";
    jest
      .spyOn(api, 'deleteDataset')
      .mockRejectedValue(new ConflictError(message));
    renderDataset(api);
    await screen.findByRole('region', { name: 'Versions' });
    const dialog = await openDialog('Delete');
    await press(dialog, 'Delete');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(api.datasets).toHaveLength(1);
  });

  it('re-tests a connection whose settings changed, and shows a refused delete', async () => {
    const api = new FakeAiOpsApi();
    api.connections = [
      { ...connection('files'), status: 'failed' },
      connection('spare'),
    ];
    api.datasets[0].connectionId = 'conn-files';
    renderPage(<ConnectionsPanel />, { api });

    const edit = await openDialog('Edit files');
    await fill(edit, /^Settings/, '{"directory": "/srv/data"}');
    await press(edit, 'Save');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.connections[0]).toMatchObject({
      config: { directory: '/srv/data' },
      status: 'ok',
    });

    const refused = await openDialog('Delete files');
    expect(
      await within(refused).findByText(/Datasets sales read through it/),
    ).toBeInTheDocument();
    await press(refused, 'Delete');
    expect(await within(refused).findByRole('alert')).toHaveTextContent(
      "Connection 'files' is used by datasets sales",
    );
    await press(refused, 'Cancel');

    const spare = await openDialog('Delete spare');
    await press(spare, 'Delete');
    await waitFor(() =>
      expect(api.connections.map(c => c.name)).toEqual(['files']),
    );
  });
});
