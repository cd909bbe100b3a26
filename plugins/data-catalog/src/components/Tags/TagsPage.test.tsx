import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { TagsPage } from './TagsPage';

const route = '/data-catalog/tags';

describe('TagsPage', () => {
  it('shows each category with its tags, what they mark and their use', async () => {
    renderPage(<TagsPage />, { route });
    const pii = await screen.findByRole('region', { name: 'PII' });
    expect(pii).toHaveTextContent('exclusive: one per asset');
    const high = within(pii)
      .getByText('pii-high')
      .closest('[role="row"]') as HTMLElement;
    expect(within(high).getByText('PII high')).toHaveAttribute(
      'data-tone',
      'danger',
    );
    expect(high).toHaveTextContent('1 asset');
    const access = screen.getByRole('region', { name: 'Access' });
    expect(
      within(access).getByText('restricted', { selector: '[data-tone]' }),
    ).toBeInTheDocument();
  });

  it('lists the current policy violations with links to fix them', async () => {
    renderPage(<TagsPage />, { route });
    const violations = await screen.findByRole('region', {
      name: 'Policy violations',
    });
    expect(
      await within(violations).findByRole('link', {
        name: 'crm.contacts.phone',
      }),
    ).toHaveAttribute(
      'href',
      '/data-catalog/tables/crm/crm.contacts?tab=columns',
    );
    expect(violations).toHaveTextContent('PII needs a restricted tag');
    expect(violations).toHaveTextContent(
      'PII column phone needs a restricted tag on the table',
    );
  });

  it('creates a PII tag in a category', async () => {
    const api = new FakeDataCatalogApi();
    const create = jest.spyOn(api, 'createTag');
    renderPage(<TagsPage />, { api, route });
    const pii = await screen.findByRole('region', { name: 'PII' });
    await userEvent.click(within(pii).getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Name/ }),
      'pii-medium',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: /PII level/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'medium' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        categoryId: 'cat-pii',
        name: 'pii-medium',
        piiLevel: 'medium',
        restricted: false,
      }),
    );
    expect(
      await within(screen.getByRole('region', { name: 'PII' })).findByText(
        'pii-medium',
      ),
    ).toBeInTheDocument();
  });

  it('refuses a tag name the server would refuse', async () => {
    const api = new FakeDataCatalogApi();
    const create = jest.spyOn(api, 'createTag');
    renderPage(<TagsPage />, { api, route });
    const domain = await screen.findByRole('region', { name: 'Domain' });
    await userEvent.click(
      within(domain).getByRole('button', { name: 'Add tag' }),
    );
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.type(name, 'Has Spaces');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(name).toBeInvalid();
    expect(create).not.toHaveBeenCalled();
  });

  it('deletes a tag after confirmation', async () => {
    const api = new FakeDataCatalogApi();
    renderPage(<TagsPage />, { api, route });
    const domain = await screen.findByRole('region', { name: 'Domain' });
    await userEvent.click(
      within(domain).getByRole('button', { name: 'Delete finance' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('removed from the 2 assets');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete tag' }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Domain' })).queryByText(
          'finance',
        ),
      ).toBeNull(),
    );
  });

  it('is read-only without the tag manage permission', async () => {
    const { answered } = renderPage(<TagsPage />, {
      route,
      deny: ['data-catalog.tag.manage'],
    });
    await screen.findByRole('region', { name: 'PII' });
    await answered('data-catalog.tag.manage');
    expect(screen.queryByRole('button', { name: 'New category' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add tag' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});
