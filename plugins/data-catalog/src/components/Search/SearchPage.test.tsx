import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { SearchPage } from './SearchPage';

const route = '/data-catalog/search?q=order';

describe('SearchPage', () => {
  it('shows ranked hits with safe highlights and where each leads', async () => {
    const { container } = renderPage(<SearchPage />, { route });
    const results = await screen.findByRole('feed', { name: 'Search results' });
    expect(screen.getByRole('status')).toHaveTextContent('3 results in 4 ms');
    const table = within(results).getByRole('article', { name: 'orders' });
    expect(within(table).getByRole('link')).toHaveAttribute(
      'href',
      '/data-catalog/tables/shop/app.public.orders',
    );
    expect(table).toHaveTextContent('One row per order placed in the <shop>.');
    expect([...table.querySelectorAll('mark')].map(m => m.textContent)).toEqual(
      ['orders', 'order'],
    );
    expect(
      within(results).getByRole('article', { name: 'customer_id' }),
    ).toHaveTextContent('in app.public.orders');
    expect(
      within(within(results).getByRole('article', { name: 'Order' })).getByRole(
        'link',
      ),
    ).toHaveAttribute('href', '/data-catalog/glossary/term-order');
    expect(container.querySelector('script, img')).toBeNull();
  });

  it('searches with the checked facet values', async () => {
    const api = new FakeDataCatalogApi();
    const search = jest.spyOn(api, 'search');
    renderPage(<SearchPage />, { api, route });
    const facets = await screen.findByRole('group', { name: 'Filters' });
    expect(
      within(facets).getByRole('checkbox', { name: 'high (1)' }),
    ).toBeInTheDocument();
    await userEvent.click(
      within(facets).getByRole('checkbox', { name: 'finance (1)' }),
    );
    await waitFor(() =>
      expect(search).toHaveBeenLastCalledWith({
        q: 'order',
        kind: [],
        platform: [],
        tag: ['finance'],
        owner: [],
        domain: [],
        quality: [],
        limit: 20,
        offset: 0,
      }),
    );
  });

  it('searches as the user types and suggests assets to jump to', async () => {
    const api = new FakeDataCatalogApi();
    const search = jest.spyOn(api, 'search');
    renderPage(<SearchPage />, { api, route: '/data-catalog/search' });
    const box = await screen.findByRole('searchbox', {
      name: 'Search the data catalog',
    });
    await userEvent.type(box, 'ord');
    expect(
      await screen.findByRole('option', { name: 'orders · table' }),
    ).toHaveAttribute('href', '/data-catalog/tables/shop/app.public.orders');
    expect(
      screen.getByRole('option', { name: 'Order · term' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(search).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'ord' }),
      ),
    );
  });

  it('saves the search and runs saved and recent searches again', async () => {
    const api = new FakeDataCatalogApi();
    const save = jest.spyOn(api, 'saveSearch');
    const search = jest.spyOn(api, 'search');
    renderPage(<SearchPage />, { api, route: `${route}&tag=finance` });
    const dialog = await openDialog('Save this search');
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Finance orders');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({
      name: 'Finance orders',
      query: 'order',
      filters: { tag: ['finance'] },
    });
    const saved = await screen.findByRole('list', { name: 'Saved searches' });
    expect(
      await within(saved).findByRole('button', { name: 'Finance orders' }),
    ).toBeInTheDocument();

    const recent = screen.getByRole('list', { name: 'Recent searches' });
    await userEvent.click(
      within(recent).getByRole('button', { name: 'customers' }),
    );
    await waitFor(() =>
      expect(search).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'customers', tag: [] }),
      ),
    );
  });

  it('reserves a side panel for asking the catalog, not usable yet', async () => {
    renderPage(<SearchPage />, { route });
    const assistant = await screen.findByRole('complementary', {
      name: 'Search assistant',
    });
    expect(
      within(assistant).getByRole('textbox', { name: 'Ask the catalog' }),
    ).toBeDisabled();
    expect(
      within(assistant).getByPlaceholderText('Ask the catalog — coming soon'),
    ).toBeInTheDocument();
  });
});
