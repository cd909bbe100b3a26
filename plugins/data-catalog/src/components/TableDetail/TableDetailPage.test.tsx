import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { TableDetailPage } from './TableDetailPage';

const mountPath = '/data-catalog/tables/:namespace/:name';
const orders = (tab = '') => ({
  route: `/data-catalog/tables/shop/app.public.orders${tab && `?tab=${tab}`}`,
  mountPath,
});

describe('TableDetailPage', () => {
  it('shows what makes the table trustworthy and records the view', async () => {
    const api = new FakeDataCatalogApi();
    renderPage(<TableDetailPage />, { api, ...orders() });
    expect(
      await screen.findByRole('heading', { name: 'orders' }),
    ).toBeInTheDocument();
    expect(screen.getByText('app.public.orders')).toBeInTheDocument();
    expect(screen.getByText('Owner data-platform')).toBeInTheDocument();
    expect(
      screen.getByRole('meter', { name: 'Quality score' }),
    ).toHaveAttribute('aria-valuenow', '92');
    expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent(
      'finance',
    );
    expect(screen.getByRole('link', { name: 'shop' })).toHaveAttribute(
      'href',
      '/data-catalog/catalogs/shop',
    );
    expect(api.views).toEqual(['resource:shop/app.public.orders']);
  });

  it('stars the table as a favourite', async () => {
    const api = new FakeDataCatalogApi();
    const favorite = jest.spyOn(api, 'setFavorite');
    renderPage(<TableDetailPage />, { api, ...orders() });
    const star = await screen.findByRole('button', { name: 'Favourite' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(star);
    expect(favorite).toHaveBeenCalledWith(
      'resource:shop/app.public.orders',
      true,
    );
    expect(star).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists upstream and downstream lineage, linking the tables', async () => {
    const api = new FakeDataCatalogApi();
    const lineage = jest.spyOn(api, 'getLineage');
    renderPage(<TableDetailPage />, { api, ...orders('lineage') });
    const upstream = await screen.findByRole('region', { name: 'Upstream' });
    expect(
      await within(upstream).findByText('checkout-service'),
    ).toBeInTheDocument();
    expect(within(upstream).queryByRole('link')).toBeNull();
    expect(upstream).toHaveTextContent('writes');
    const downstream = screen.getByRole('region', { name: 'Downstream' });
    expect(
      within(downstream).getByRole('link', {
        name: /app.public.order_totals.total/,
      }),
    ).toHaveAttribute(
      'href',
      '/data-catalog/tables/shop/app.public.order_totals?tab=lineage',
    );
    expect(lineage).toHaveBeenLastCalledWith(
      'resource:shop/app.public.orders',
      undefined,
    );

    await userEvent.click(screen.getByRole('button', { name: /Lineage of/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'total' }));
    await waitFor(() =>
      expect(lineage).toHaveBeenLastCalledWith(
        'resource:shop/app.public.orders',
        'total',
      ),
    );
  });

  it('shows the query history with each statement', async () => {
    renderPage(<TableDetailPage />, orders('queries'));
    const query = await screen.findByRole('region', { name: 'Query q-1' });
    expect(query).toHaveTextContent(
      '1,200 calls · mean 30 ms · total 36 s · 5,000 rows',
    );
    // The highlighter loads its grammar asynchronously.
    await waitFor(() =>
      expect(query).toHaveTextContent(
        'SELECT customer_id, sum(total) FROM app.public.orders GROUP BY 1',
      ),
    );
  });

  it('switches tabs and keeps the tab in the URL', async () => {
    renderPage(<TableDetailPage />, orders());
    await userEvent.click(await screen.findByRole('tab', { name: 'History' }));
    expect(
      await screen.findByText('column type changed: integer → numeric(12,2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('breaking')).toHaveAttribute('data-tone', 'danger');

    await userEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    expect(
      await screen.findByRole('link', { name: 'Shop database' }),
    ).toHaveAttribute('href', '/data-catalog/catalogs/shop');
    expect(screen.getByRole('list', { name: 'Sync steps' })).toHaveTextContent(
      'tables',
    );
  });

  it('shows not found for an unknown table', async () => {
    renderPage(<TableDetailPage />, {
      route: '/data-catalog/tables/shop/nope',
      mountPath,
    });
    expect((await screen.findAllByText(/not found/i)).length).toBeGreaterThan(
      0,
    );
  });
});
