import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import * as fixtures from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { ColumnsTab } from './ColumnsTab';

const rowOf = (name: string) =>
  screen
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('[role="row"]') as HTMLElement;

describe('ColumnsTab', () => {
  it('shows keys, types, docs, terms and profile stats of each column', async () => {
    renderPage(
      <ColumnsTab detail={fixtures.ordersDetail} onChanged={jest.fn()} />,
    );
    await screen.findByText('customer_id');
    expect(within(rowOf('id')).getByText('PK')).toBeInTheDocument();
    const fk = within(rowOf('customer_id')).getByText('FK');
    expect(fk).toHaveAttribute(
      'title',
      'orders_customer_fk → public.customers.id',
    );
    expect(
      within(rowOf('customer_id')).getByRole('link', { name: 'Customer' }),
    ).toHaveAttribute('href', '/data-catalog/glossary/term-customer');
    const total = rowOf('total');
    expect(total).toHaveTextContent('numeric(12,2)');
    expect(total).toHaveTextContent('default 0');
    expect(total).toHaveTextContent('Order total incl. VAT');
    expect(total).toHaveTextContent('unit EUR');
    expect(total).toHaveTextContent('2% null · 60% distinct · 0.5 … 990.0');
    expect(total).toHaveTextContent('12.50, 99.00');
  });

  it('shows masked PII samples with the permission they need, and no edit for readers', async () => {
    renderPage(
      <ColumnsTab detail={fixtures.customersDetail} onChanged={jest.fn()} />,
    );
    await screen.findByText('email');
    const email = rowOf('email');
    expect(within(email).getByText('j***@e***.com')).toBeInTheDocument();
    expect(
      within(email).getByTitle(/needs the data-catalog.pii.read permission/),
    ).toBeInTheDocument();
    expect(
      within(email).getByRole('list', { name: 'Tags of email' }),
    ).toHaveTextContent('pii-high');
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('saves a column’s documentation and tags', async () => {
    const api = new FakeDataCatalogApi();
    const docs = jest.spyOn(api, 'updateDocs');
    const tags = jest.spyOn(api, 'assignTags');
    const onChanged = jest.fn();
    renderPage(
      <ColumnsTab detail={fixtures.ordersDetail} onChanged={onChanged} />,
      {
        api,
      },
    );
    const dialog = await openDialog('Edit total');
    await userEvent.click(within(dialog).getByText('Edit history of total'));
    expect(
      await within(dialog).findByRole('list', { name: 'Edit history' }),
    ).toHaveTextContent('unit: (empty) → EUR');
    const unit = within(dialog).getByRole('textbox', { name: 'Unit' });
    await userEvent.clear(unit);
    await userEvent.type(unit, 'USD');
    await userEvent.click(within(dialog).getByRole('button', { name: /Tags/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'finance' }),
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(docs).toHaveBeenCalledWith('resource:shop/app.public.orders', {
      column: 'total',
      unit: 'USD',
    });
    expect(tags).toHaveBeenCalledWith('resource:shop/app.public.orders', {
      column: 'total',
      add: ['finance'],
      remove: [],
    });
  });

  it('keeps the dialog open with the tag-policy violations the server lists', async () => {
    const api = new FakeDataCatalogApi();
    api.tagPolicyError =
      'Tag policy violated: pii-needs-restricted-tag (column total): add a restricted tag to the table';
    renderPage(
      <ColumnsTab detail={fixtures.ordersDetail} onChanged={jest.fn()} />,
      {
        api,
      },
    );
    const dialog = await openDialog('Edit total');
    await userEvent.click(within(dialog).getByRole('button', { name: /Tags/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: /pii-high/ }),
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        /pii-needs-restricted-tag \(column total\)/,
      ),
    ).toBeInTheDocument();
  });
});
