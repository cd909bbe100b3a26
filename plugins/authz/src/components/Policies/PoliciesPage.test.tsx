import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { PoliciesPage } from './PoliciesPage';

describe('PoliciesPage', () => {
  it('lists policies with version and roles, and previews the JSON of the clicked one', async () => {
    renderWithApi(<PoliciesPage />);
    const table = within(
      await screen.findByRole('region', { name: 'Policies' }),
    );
    expect(await table.findByText('catalog-read')).toBeInTheDocument();
    expect(table.getByText('v3')).toBeInTheDocument();
    expect(await table.findByText('Portal admin')).toBeInTheDocument();

    await userEvent.click(table.getByText('catalog-read'));
    const panel = await screen.findByRole('complementary', {
      name: 'Policy details',
    });
    expect(
      await within(panel).findByLabelText('Policy document'),
    ).toHaveTextContent('"Sid": "ReadCatalog"');
  });

  it('searches on the server', async () => {
    const api = new FakeAuthzApi();
    const listPolicies = jest.spyOn(api, 'listPolicies');
    renderWithApi(<PoliciesPage />, api);
    await screen.findByText('catalog-read');

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search policies' }),
      'admin',
    );

    await waitFor(() =>
      expect(listPolicies).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'admin' }),
      ),
    );
    await waitFor(() => expect(screen.queryByText('catalog-read')).toBeNull());
  });

  it('shows the version history of a policy', async () => {
    renderWithApi(<PoliciesPage />);
    await userEvent.click(await screen.findByText('admin-all'));
    const panel = await screen.findByRole('complementary', {
      name: 'Policy details',
    });
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Versions' }),
    );

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('v2')).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText('Document of version 3'),
    ).toBeInTheDocument();
  });
});
