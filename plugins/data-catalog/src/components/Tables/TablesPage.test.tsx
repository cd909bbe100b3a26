import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { TablesPage } from './TablesPage';

const names = () =>
  screen
    .getAllByRole('rowheader')
    .map(cell => cell.textContent)
    .filter(Boolean);

describe('TablesPage', () => {
  it('lists the tables by name with their quality, owner and size', async () => {
    renderPage(<TablesPage />, { route: '/data-catalog/tables' });
    await screen.findByText('app.public.orders');
    expect(names()).toEqual([
      'contactscrm.contacts',
      'customersapp.public.customers',
      'order_totalsapp.public.order_totals',
      'ordersapp.public.orders',
    ]);
    const orders = screen
      .getByText('app.public.orders')
      .closest('[role="row"]')!;
    expect(within(orders as HTMLElement).getByRole('meter')).toHaveAttribute(
      'aria-valuenow',
      '92',
    );
    expect(orders).toHaveTextContent('256 MB');
    expect(orders).toHaveTextContent('data-platform');
    expect(
      within(orders as HTMLElement).getByRole('link', { name: /orders/ }),
    ).toHaveAttribute('href', '/data-catalog/tables/shop/app.public.orders');
  });

  it('applies the filters and search of a shared URL', async () => {
    const api = new FakeDataCatalogApi();
    const list = jest.spyOn(api, 'listTables');
    renderPage(<TablesPage />, {
      api,
      route:
        '/data-catalog/tables?source=shop&minQuality=50&q=o&sort=quality&order=desc',
    });
    await screen.findByText('app.public.orders');
    expect(list).toHaveBeenCalledWith({
      q: 'o',
      source: 'shop',
      minQuality: 50,
      sort: 'quality',
      order: 'desc',
      limit: 25,
    });
    expect(names()).toEqual([
      'ordersapp.public.orders',
      'customersapp.public.customers',
    ]);
    expect(
      screen.getByRole('searchbox', { name: 'Search tables' }),
    ).toHaveValue('o');
  });

  it('asks the server again when a filter or the sort changes', async () => {
    const api = new FakeDataCatalogApi();
    const list = jest.spyOn(api, 'listTables');
    renderPage(<TablesPage />, { api, route: '/data-catalog/tables' });
    await screen.findByText('app.public.orders');

    await userEvent.click(screen.getByRole('button', { name: /Kind/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'view' }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ kind: 'view' }),
      ),
    );
    await waitFor(() =>
      expect(names()).toEqual(['order_totalsapp.public.order_totals']),
    );

    await userEvent.click(screen.getByRole('columnheader', { name: /Views/ }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ kind: 'view', sort: 'views', order: 'asc' }),
      ),
    );
  });

  it('expands a row in place to show the table at a glance', async () => {
    renderPage(<TablesPage />, { route: '/data-catalog/tables' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show details of orders' }),
    );
    const details = await screen.findByRole('region', {
      name: 'Details of orders',
    });
    expect(details).toHaveTextContent('One row per order placed in the shop.');
    expect(details).toHaveTextContent('Rows: 1,200,000');
    expect(
      within(details).getByRole('list', { name: 'Tags' }),
    ).toHaveTextContent('finance');
    expect(
      within(details).getByRole('link', { name: 'Open app.public.orders' }),
    ).toHaveAttribute('href', '/data-catalog/tables/shop/app.public.orders');

    await userEvent.click(
      screen.getByRole('button', { name: 'Hide details of orders' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Details of orders' }),
      ).toBeNull(),
    );
  });

  it('pages with the server cursor', async () => {
    const api = new FakeDataCatalogApi();
    const extra = Array.from({ length: 30 }, (_, i) => ({
      ...api.tables[0],
      entityRef: `resource:shop/app.public.t${String(i).padStart(2, '0')}`,
      name: `t${String(i).padStart(2, '0')}`,
      qualifiedName: `app.public.t${String(i).padStart(2, '0')}`,
    }));
    api.tables.push(...extra);
    const list = jest.spyOn(api, 'listTables');
    renderPage(<TablesPage />, { api, route: '/data-catalog/tables' });
    await screen.findByText('app.public.orders');
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: '25' }),
      ),
    );
    expect(await screen.findByText('app.public.t29')).toBeInTheDocument();
  });
});
