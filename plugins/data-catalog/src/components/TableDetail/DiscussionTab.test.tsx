import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeDataCatalogApi } from '../../__testUtils__/FakeDataCatalogApi';
import * as fixtures from '../../__testUtils__/fixtures';
import { renderPage } from '../../__testUtils__/renderPage';
import { DiscussionTab } from './DiscussionTab';

const thread = () =>
  screen.findByRole('article', { name: 'Is total before or after refunds?' });

describe('DiscussionTab', () => {
  it('shows threads with their replies and answers them', async () => {
    const api = new FakeDataCatalogApi();
    renderPage(<DiscussionTab detail={fixtures.ordersDetail} />, { api });
    const card = await thread();
    expect(card).toHaveTextContent('column total');
    expect(card).toHaveTextContent('open');
    expect(
      within(card).getByRole('list', { name: 'Replies' }),
    ).toHaveTextContent('Before refunds; see order_totals for net.');

    await userEvent.type(
      within(card).getByRole('textbox', { name: 'Reply' }),
      'Thanks!',
    );
    await userEvent.click(
      within(card).getByRole('button', { name: 'Post reply' }),
    );
    await waitFor(async () =>
      expect(
        within(await thread()).getByRole('list', { name: 'Replies' }),
      ).toHaveTextContent('Thanks!'),
    );
  });

  it('resolves a thread (moderator) and starts a new one on a column', async () => {
    const api = new FakeDataCatalogApi();
    const create = jest.spyOn(api, 'createDiscussion');
    renderPage(<DiscussionTab detail={fixtures.ordersDetail} />, { api });
    await userEvent.click(
      within(await thread()).getByRole('button', { name: 'Resolve' }),
    );
    await waitFor(async () =>
      expect(await thread()).toHaveTextContent('resolved'),
    );

    const form = screen.getByRole('form', { name: 'New discussion' });
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Title' }),
      'Currency?',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Question or remark' }),
      'Which currency is total in?',
    );
    await userEvent.click(within(form).getByRole('button', { name: /About/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'total' }));
    await userEvent.click(
      within(form).getByRole('button', { name: 'Start discussion' }),
    );

    expect(
      await screen.findByRole('article', { name: 'Currency?' }),
    ).toBeInTheDocument();
    expect(create).toHaveBeenCalledWith('resource:shop/app.public.orders', {
      title: 'Currency?',
      body: 'Which currency is total in?',
      column: 'total',
    });
  });

  it('lets readers without the discussion permissions only read', async () => {
    const { answered } = renderPage(
      <DiscussionTab detail={fixtures.ordersDetail} />,
      {
        deny: [
          'data-catalog.discussion.create',
          'data-catalog.discussion.moderate',
        ],
      },
    );
    const card = await thread();
    await answered('data-catalog.discussion.moderate');
    expect(within(card).queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(within(card).queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'New discussion' })).toBeNull();
  });
});
