import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog } from '@internal/portal-react/testing';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import * as fixtures from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { DocumentationTab } from './DocumentationTab';

describe('DocumentationTab', () => {
  it('renders the usage guide as markdown with the stewardship and edit history', async () => {
    renderPage(
      <DocumentationTab detail={fixtures.ordersDetail} onChanged={jest.fn()} />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Usage' }),
    ).toBeInTheDocument();
    expect(screen.getByText('customer_id').tagName).toBe('CODE');
    const stewardship = screen.getByRole('region', { name: 'Stewardship' });
    expect(stewardship).toHaveTextContent('SLA99.9% by 06:00 UTC');
    expect(stewardship).toHaveTextContent('Refresh cyclehourly');
    expect(stewardship).toHaveTextContent('Retention7 years');
    const history = await screen.findByRole('list', { name: 'Edit history' });
    expect(history).toHaveTextContent(
      'description: Orders → One row per order placed in the shop.',
    );
  });

  it('edits the documentation and reloads the history', async () => {
    const api = new FakeDataCatalogApi();
    const update = jest.spyOn(api, 'updateDocs');
    const history = jest.spyOn(api, 'getDocHistory');
    const onChanged = jest.fn();
    renderPage(
      <DocumentationTab detail={fixtures.ordersDetail} onChanged={onChanged} />,
      { api },
    );
    const dialog = await openDialog('Edit documentation');
    const team = within(dialog).getByRole('textbox', { name: 'Team' });
    await userEvent.type(team, 'Checkout');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    // Only what changed is sent, so the history records only that.
    expect(update).toHaveBeenCalledWith('resource:shop/app.public.orders', {
      team: 'Checkout',
    });
    expect(history).toHaveBeenCalledTimes(2);
  });

  it('clears an emptied field with null', async () => {
    const api = new FakeDataCatalogApi();
    const update = jest.spyOn(api, 'updateDocs');
    renderPage(
      <DocumentationTab detail={fixtures.ordersDetail} onChanged={jest.fn()} />,
      { api },
    );
    const dialog = await openDialog('Edit documentation');
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: 'Owner' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith('resource:shop/app.public.orders', {
      owner: null,
    });
  });

  it('offers no edit to readers', async () => {
    renderPage(
      <DocumentationTab
        detail={fixtures.customersDetail}
        onChanged={jest.fn()}
      />,
    );
    await screen.findByRole('region', { name: 'Stewardship' });
    expect(
      screen.queryByRole('button', { name: 'Edit documentation' }),
    ).toBeNull();
  });
});
