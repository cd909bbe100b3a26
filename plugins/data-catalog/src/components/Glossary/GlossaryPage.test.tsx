import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { GlossaryPage } from './GlossaryPage';

const route = '/data-catalog/glossary';

describe('GlossaryPage', () => {
  it('lists the terms with their status and filters by status', async () => {
    const api = new FakeDataCatalogApi();
    const list = jest.spyOn(api, 'listGlossaryTerms');
    renderPage(<GlossaryPage />, { api, route });
    const customer = (await screen.findByText('Customer')).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(customer).getByText('approved')).toHaveAttribute(
      'data-tone',
      'success',
    );
    expect(customer).toHaveTextContent('client, buyer');
    expect(customer).toHaveTextContent('2 assets');
    expect(within(customer).getByRole('link')).toHaveAttribute(
      'href',
      '/data-catalog/glossary/term-customer',
    );

    await userEvent.click(screen.getByRole('button', { name: /Status/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'in-review' }),
    );
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith({
        status: 'in-review',
        q: undefined,
      }),
    );
    await waitFor(() => expect(screen.queryByText('Customer')).toBeNull());
    expect(screen.getByText('Revenue')).toBeInTheDocument();
  });

  it('proposes a term as a draft once it names its reviewers', async () => {
    const api = new FakeDataCatalogApi();
    const create = jest.spyOn(api, 'createGlossaryTerm');
    renderPage(<GlossaryPage />, { api, route });
    const dialog = await openDialog('Propose a term');
    await fill(dialog, /^Name/, 'Churn');
    await fill(dialog, /^Definition/, 'Customers lost in a period.');
    await fill(dialog, /^Owner/, 'group:default/data-governance');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create draft' }),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^Reviewers/ }),
    ).toBeInvalid();
    expect(create).not.toHaveBeenCalled();

    await fill(dialog, /^Reviewers/, 'user:default/alice, user:default/bob');
    await fill(dialog, /^Synonyms/, 'attrition');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create draft' }),
    );
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        name: 'Churn',
        definition: 'Customers lost in a period.',
        synonyms: ['attrition'],
        owner: 'group:default/data-governance',
        reviewers: ['user:default/alice', 'user:default/bob'],
      }),
    );
    expect(api.terms.find(t => t.name === 'Churn')?.status).toBe('draft');
  });

  it('does not offer proposing to users who may not edit the glossary', async () => {
    const { answered } = renderPage(<GlossaryPage />, {
      route,
      deny: ['data-catalog.glossary.edit'],
    });
    await screen.findByText('Customer');
    await answered('data-catalog.glossary.edit');
    expect(screen.queryByRole('button', { name: 'Propose a term' })).toBeNull();
  });
});
