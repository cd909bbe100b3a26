import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { GroupsPage } from './GroupsPage';

describe('GroupsPage', () => {
  it('shows each group as a card with its member avatars and counts', async () => {
    const api = new FakeAuthzApi();
    api.groups[0].memberRefs = [
      'user:default/alice.kim',
      'user:default/bob.lee',
      'user:default/carol.ng',
      'user:default/dan.ray',
      'user:default/eve.moss',
      'user:default/finn.oak',
      'user:default/gia.park',
    ];
    api.groups[0].memberCount = 7;
    renderWithApi(<GroupsPage />, api);

    const card = await screen.findByRole('article', { name: 'Platform Team' });
    expect(
      within(card).getByRole('button', { name: 'Open group Platform Team' }),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('group', { name: '7 members' }),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('img', { name: 'alice kim' }),
    ).toBeInTheDocument();
    expect(within(card).getByText('+2')).toBeInTheDocument();
    expect(within(card).getByText('7 members · 1 role')).toBeInTheDocument();
  });

  it('switches to the list view', async () => {
    renderWithApi(<GroupsPage />);
    await screen.findByRole('button', { name: 'Open group SRE' });
    await userEvent.click(screen.getByRole('radio', { name: 'List' }));
    expect(await screen.findByRole('grid')).toHaveTextContent(
      'Builds and runs the portal',
    );
  });

  it('replaces the member list from the bulk edit dialog', async () => {
    const api = new FakeAuthzApi();
    api.groups[0].source = 'local';
    const setMembers = jest.spyOn(api, 'setGroupMembers');
    renderWithApi(<GroupsPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open group Platform Team' }),
    );
    const panel = await screen.findByRole('complementary', {
      name: 'Group details',
    });
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Edit members' }),
    );

    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Members/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Carol Ng' }),
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save members' }),
    );

    await waitFor(() =>
      expect(setMembers).toHaveBeenCalledWith('group:default/platform-team', [
        'user:default/alice.kim',
        'user:default/carol.ng',
      ]),
    );
    expect(await within(panel).findByText('carol.ng')).toBeInTheDocument();
  });

  it('leaves the members of a catalog group to the catalog', async () => {
    renderWithApi(<GroupsPage />);
    await userEvent.click(await screen.findByRole('article', { name: 'SRE' }));
    const panel = await screen.findByRole('complementary', {
      name: 'Group details',
    });
    expect(
      await within(panel).findByText(/From the catalog/),
    ).toBeInTheDocument();
    expect(
      within(panel).queryByRole('button', { name: 'Edit members' }),
    ).toBeNull();
    expect(
      within(panel).getByRole('button', { name: /Attach role/ }),
    ).toBeInTheDocument();
  });
});
