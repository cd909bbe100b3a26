import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { SourceDetailPage } from './SourceDetailPage';

const at = {
  route: '/data-catalog/catalogs/shop',
  mountPath: '/data-catalog/catalogs/:sourceId',
};

describe('SourceDetailPage', () => {
  it('shows the source, its sync history, schema changes and schemas', async () => {
    renderPage(<SourceDetailPage />, at);
    expect(
      await screen.findByRole('heading', { name: 'Shop database' }),
    ).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(overview).toHaveTextContent('catalog_reader@shop-db.internal:5432');
    expect(overview).toHaveTextContent('env:CATALOG_DB_PASSWORD');
    expect(
      within(overview).getByRole('link', { name: 'Browse its tables' }),
    ).toHaveAttribute('href', '/data-catalog/tables?source=shop');

    const history = screen.getByRole('region', { name: 'Sync history' });
    const runs = await within(history).findAllByRole('row');
    // The header row, then the two runs of this source.
    expect(runs).toHaveLength(3);
    expect(runs[1]).toHaveTextContent('schedule');
    expect(runs[1]).toHaveTextContent('3 s');

    const changes = screen.getByRole('region', { name: 'Schema changes' });
    const typeChange = (
      await within(changes).findByText(
        'column type changed: integer → numeric(12,2)',
      )
    ).closest('[role="row"]') as HTMLElement;
    expect(within(typeChange).getByText('breaking')).toHaveAttribute(
      'data-tone',
      'danger',
    );

    const schemas = screen.getByRole('region', {
      name: 'Databases and schemas',
    });
    expect(
      await within(schemas).findByRole('link', { name: 'app.public' }),
    ).toHaveAttribute('href', '/data-catalog/tables?source=shop&q=public');
  });

  it('syncs now and follows the run until it ends', async () => {
    const api = new FakeDataCatalogApi();
    const sync = jest.spyOn(api, 'syncSource');
    renderPage(<SourceDetailPage />, { api, ...at });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sync now' }),
    );

    expect(sync).toHaveBeenCalledWith('shop');
    const panel = screen.getByRole('region', { name: 'Sync' });
    expect(
      await within(panel).findByRole('progressbar', { name: 'Sync running' }),
    ).toBeInTheDocument();

    const runId = api.syncRuns[0].id;
    api.finishSync(runId, {
      stats: {
        added: 4,
        changed: 0,
        removed: 0,
        unchanged: 12,
        columns: 50,
        schemaChanges: 0,
        queries: 0,
      },
    });

    await waitFor(() =>
      expect(within(panel).queryByRole('progressbar')).toBeNull(),
    );
    expect(panel).toHaveTextContent('+4 ~0 −0');
    const history = screen.getByRole('region', { name: 'Sync history' });
    await waitFor(() =>
      expect(within(history).getAllByRole('row')).toHaveLength(4),
    );
  });

  it('hides the manage actions from users who may not manage the source', async () => {
    const { answered } = renderPage(<SourceDetailPage />, {
      ...at,
      deny: ['data-catalog.source.manage'],
    });
    await screen.findByRole('heading', { name: 'Shop database' });
    await answered('data-catalog.source.manage');
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('edits the source without resetting what the form does not change', async () => {
    const api = new FakeDataCatalogApi();
    api.sources[0].enabled = false;
    api.sources[0].connection.excludeSchemas = ['audit'];
    const update = jest.spyOn(api, 'updateSource');
    renderPage(<SourceDetailPage />, { api, ...at });
    const dialog = await openDialog('Edit');
    expect(within(dialog).queryByRole('textbox', { name: /^Id/ })).toBeNull();
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Shop');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(update).toHaveBeenCalled());
    const [id, request] = update.mock.calls[0];
    expect(id).toBe('shop');
    expect(request).toMatchObject({
      title: 'Shop',
      enabled: false,
      collectQueries: true,
      connection: { excludeSchemas: ['audit'], databases: ['app'], ssl: false },
    });
    expect(
      await screen.findByRole('heading', { name: 'Shop' }),
    ).toBeInTheDocument();
  });

  it('deletes the source after confirmation', async () => {
    const api = new FakeDataCatalogApi();
    renderPage(<SourceDetailPage />, { api, ...at });
    await screen.findByRole('button', { name: 'Sync now' });
    const dialog = await openDialog('Delete');
    expect(dialog).toHaveTextContent('Delete Shop database?');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete source' }),
    );
    await waitFor(() =>
      expect(api.sources.map(source => source.id)).toEqual(['crm']),
    );
  });
});
