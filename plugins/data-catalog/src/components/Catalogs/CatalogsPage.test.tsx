import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { CatalogsPage } from './CatalogsPage';

const route = '/data-catalog/catalogs';

describe('CatalogsPage', () => {
  it('shows each source as a card with its size, owner and sync state', async () => {
    renderPage(<CatalogsPage />, { route });
    const shop = await screen.findByRole('article', { name: 'Shop database' });
    expect(shop).toHaveTextContent('3 tables · 1 view · 2 schemas');
    expect(shop).toHaveTextContent('Owner data-platform · schedule 0 * * * *');
    expect(within(shop).getByText('succeeded')).toBeInTheDocument();
    expect(shop).toHaveTextContent('+1 ~2 −1');
    const crm = screen.getByRole('article', { name: 'CRM' });
    expect(within(crm).getByText('failed')).toBeInTheDocument();
    expect(
      within(crm).getByText('connect ECONNREFUSED 10.0.0.5:3306'),
    ).toBeInTheDocument();
    expect(
      within(shop).getByRole('link', { name: 'Shop database' }),
    ).toHaveAttribute('href', '/data-catalog/catalogs/shop');
  });

  it('filters by platform and switches to the list view', async () => {
    const api = new FakeDataCatalogApi();
    const list = jest.spyOn(api, 'listSources');
    renderPage(<CatalogsPage />, { api, route });
    await screen.findByRole('article', { name: 'CRM' });

    await userEvent.click(screen.getByRole('button', { name: /Platform/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'mysql' }));

    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith({
        platform: 'mysql',
        limit: 24,
        offset: 0,
      }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('article', { name: 'Shop database' }),
      ).toBeNull(),
    );

    await userEvent.click(screen.getByRole('radio', { name: 'List' }));
    const grid = await screen.findByRole('grid');
    expect(within(grid).getByText('CRM')).toBeInTheDocument();
    expect(within(grid).getByText('sales-eng')).toBeInTheDocument();
  });

  it('keeps an invalid registration in the dialog with the field marked', async () => {
    const api = new FakeDataCatalogApi();
    const create = jest.spyOn(api, 'createSource');
    renderPage(<CatalogsPage />, { api, route });
    const dialog = await openDialog('Register source');
    await fill(dialog, /^Id/, 'Bad Id');
    await fill(dialog, /Password reference/, 'hunter2');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Register' }),
    );

    expect(within(dialog).getByRole('textbox', { name: /^Id/ })).toBeInvalid();
    expect(
      within(dialog).getByRole('textbox', { name: /Password reference/ }),
    ).toBeInvalid();
    expect(
      within(dialog).getByRole('textbox', { name: /^Host/ }),
    ).toBeInvalid();
    expect(create).not.toHaveBeenCalled();
  });

  it('tests the connection step by step, then registers the source', async () => {
    const api = new FakeDataCatalogApi();
    const test = jest.spyOn(api, 'testConnection');
    const create = jest.spyOn(api, 'createSource');
    renderPage(<CatalogsPage />, { api, route });
    const dialog = await openDialog('Register source');
    await fill(dialog, /^Id/, 'billing');
    await fill(dialog, /^Title/, 'Billing');
    await fill(dialog, /^Owner/, 'group:default/finance');
    await fill(dialog, /^Host/, 'billing-db');
    await fill(dialog, /^User/, 'reader');
    await fill(dialog, /Password reference/, 'env:BILLING_PASSWORD');
    await fill(dialog, /Databases/, 'billing, ledger');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Test connection' }),
    );
    const steps = await within(dialog).findByRole('list', {
      name: 'Connection steps',
    });
    expect(test).toHaveBeenCalledWith({
      platform: 'postgresql',
      connection: {
        host: 'billing-db',
        port: 5432,
        user: 'reader',
        passwordRef: 'env:BILLING_PASSWORD',
        databases: ['billing', 'ledger'],
        excludeSchemas: [],
        ssl: false,
      },
    });
    expect(
      within(dialog).getByText('Connection failed at step “tables”'),
    ).toBeInTheDocument();
    expect(within(steps).getByLabelText('connect: ok')).toHaveTextContent(
      '35 ms',
    );
    expect(within(steps).getByLabelText('tables: failed')).toHaveTextContent(
      'permission denied for schema billing',
    );
    expect(within(steps).getByLabelText('views: skipped')).toBeInTheDocument();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Register' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'billing',
        title: 'Billing',
        platform: 'postgresql',
        owner: 'group:default/finance',
        connection: expect.objectContaining({
          host: 'billing-db',
          passwordRef: 'env:BILLING_PASSWORD',
        }),
      }),
    );
    expect(
      await screen.findByRole('article', { name: 'Billing' }),
    ).toHaveTextContent('Never synced');
  });
});
