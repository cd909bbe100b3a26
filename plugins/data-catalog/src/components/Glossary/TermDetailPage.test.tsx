import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { TermDetailPage } from './TermDetailPage';

const at = (termId: string) => ({
  route: `/data-catalog/glossary/${termId}`,
  mountPath: '/data-catalog/glossary/:termId',
});

describe('TermDetailPage', () => {
  it('shows the definition, the linked assets and the history of an approved term', async () => {
    renderPage(<TermDetailPage />, at('term-customer'));
    expect(
      await screen.findByRole('heading', { name: 'Customer' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Definition' }),
    ).toHaveTextContent(
      'Synonyms: client, buyer · Domain: sales · Owner: data-platform · Reviewers: alice',
    );
    const used = screen.getByRole('list', { name: 'Linked assets' });
    expect(
      within(used).getByRole('link', { name: 'app.public.orders.customer_id' }),
    ).toHaveAttribute(
      'href',
      '/data-catalog/tables/shop/app.public.orders?tab=columns',
    );
    const history = screen.getByRole('list', { name: 'Term history' });
    expect(within(history).getAllByRole('listitem')[1]).toHaveTextContent(
      'approvein-review→approved',
    );
    expect(history).toHaveTextContent('“Matches the finance definition”');
    const workflow = await screen.findByRole('group', { name: 'Workflow' });
    expect(
      within(workflow)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Deprecate', 'Reopen as draft']);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('rejects a term under review only with a reason', async () => {
    const api = new FakeDataCatalogApi();
    const transition = jest.spyOn(api, 'transitionGlossaryTerm');
    renderPage(<TermDetailPage />, { api, ...at('term-revenue') });
    const dialog = await openDialog('Reject');
    const confirm = within(dialog).getByRole('button', { name: 'Reject' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Reason (required)' }),
      'Overlaps Sales',
    );
    await userEvent.click(confirm);

    expect(transition).toHaveBeenCalledWith('term-revenue', {
      action: 'reject',
      comment: 'Overlaps Sales',
    });
    const heading = await screen.findByRole('heading', { name: 'Revenue' });
    await waitFor(() =>
      expect(heading.parentElement).toHaveTextContent('rejected'),
    );
    expect(
      screen.getByRole('list', { name: 'Term history' }),
    ).toHaveTextContent('“Overlaps Sales”');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('hides review decisions from editors who are not approvers', async () => {
    const { answered } = renderPage(<TermDetailPage />, {
      ...at('term-revenue'),
      deny: ['data-catalog.glossary.approve'],
    });
    await screen.findByRole('heading', { name: 'Revenue' });
    await answered('data-catalog.glossary.approve');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Workflow' })).toBeNull();
  });

  it('links a column to an approved term and removes a link', async () => {
    const api = new FakeDataCatalogApi();
    const link = jest.spyOn(api, 'linkGlossaryTerm');
    renderPage(<TermDetailPage />, { api, ...at('term-customer') });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Link a table or column' }),
    );
    const group = screen.getByRole('group', { name: 'New link' });
    await userEvent.type(
      within(group).getByRole('textbox', { name: 'Table' }),
      'resource:crm/crm.contacts',
    );
    await userEvent.type(
      within(group).getByRole('textbox', { name: 'Column' }),
      'id',
    );
    await userEvent.click(within(group).getByRole('button', { name: 'Link' }));
    expect(link).toHaveBeenCalledWith('term-customer', {
      entityRef: 'resource:crm/crm.contacts',
      column: 'id',
    });
    const used = screen.getByRole('list', { name: 'Linked assets' });
    expect(
      await within(used).findByRole('link', { name: 'crm.contacts.id' }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(used).getByRole('button', { name: 'Unlink app.public.customers' }),
    );
    await waitFor(() =>
      expect(
        within(used).queryByRole('link', { name: 'app.public.customers' }),
      ).toBeNull(),
    );
  });
});
