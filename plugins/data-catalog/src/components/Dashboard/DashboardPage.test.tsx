import { screen, within } from '@testing-library/react';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { DashboardPage } from './DashboardPage';

describe('DashboardPage', () => {
  it('welcomes the user and shows the summary figures', async () => {
    renderPage(<DashboardPage />);
    expect(
      await screen.findByRole('heading', { name: 'Welcome, Terry Tester' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('group', { name: 'Tables' }),
    ).toHaveTextContent('3');
    expect(screen.getByRole('group', { name: 'Documented' })).toHaveTextContent(
      '50%',
    );
    expect(
      screen.getByRole('group', { name: 'Average quality' }),
    ).toHaveTextContent('66');
    expect(
      screen.getByRole('group', { name: 'PII columns' }),
    ).toHaveTextContent('1');
  });

  it('ranks trending tables and links favourites and activity to their pages', async () => {
    renderPage(<DashboardPage />);
    const trending = await screen.findByRole('list', {
      name: 'Trending tables',
    });
    const ranked = within(trending).getAllByRole('listitem');
    expect(ranked.map(item => item.textContent)).toEqual([
      'orders · 42 views',
      'customers · 7 views',
    ]);
    expect(within(ranked[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/data-catalog/tables/shop/app.public.orders',
    );
    const favourites = screen.getByRole('list', { name: 'Favourite tables' });
    expect(
      within(favourites).getByRole('link', { name: 'customers' }),
    ).toHaveAttribute('href', '/data-catalog/tables/shop/app.public.customers');
    const activity = screen.getByRole('list', { name: 'Recent activity' });
    expect(
      within(activity).getByRole('link', {
        name: 'Shop database synced: 1 added, 2 changed',
      }),
    ).toHaveAttribute('href', '/data-catalog/catalogs/shop');
  });

  it('charts documentation coverage and the quality bands from the search facets', async () => {
    const api = new FakeDataCatalogApi();
    const search = jest.spyOn(api, 'search');
    renderPage(<DashboardPage />, { api });
    expect(
      await screen.findByRole('img', {
        name: 'Documentation coverage: 50% of tables',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', {
        name: 'Quality: 1 high, 1 medium, 1 low, 1 unscored',
      }),
    ).toBeInTheDocument();
    expect(search).toHaveBeenCalledWith({ q: '', kind: ['table'], limit: 1 });
  });

  it('shows the server error when the summary cannot be loaded', async () => {
    const api = new FakeDataCatalogApi();
    jest
      .spyOn(api, 'getDashboard')
      .mockRejectedValue(new Error('backend down'));
    renderPage(<DashboardPage />, { api });
    // The error panel repeats the message (title and details).
    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
  });
});
