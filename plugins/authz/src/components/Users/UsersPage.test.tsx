import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { UsersPage } from './UsersPage';

async function pick(label: string, option: string) {
  await userEvent.click(
    screen.getByRole('button', { name: new RegExp(label) }),
  );
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('UsersPage', () => {
  it('lists the users from the server', async () => {
    renderWithApi(<UsersPage />);
    const table = await screen.findByRole('grid');
    expect(await within(table).findByText('Alice Kim')).toBeInTheDocument();
    expect(within(table).getByText('Bob Lee')).toBeInTheDocument();
    expect(within(table).getByText('platform-team')).toBeInTheDocument();
  });

  it('asks the server for disabled users when the status filter changes', async () => {
    const api = new FakeAuthzApi();
    const listUsers = jest.spyOn(api, 'listUsers');
    renderWithApi(<UsersPage />, api);
    await screen.findByText('Alice Kim');

    await pick('Status', 'Disabled');

    await waitFor(() =>
      expect(listUsers).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'disabled', offset: 0, limit: 25 }),
      ),
    );
    await waitFor(() =>
      expect(screen.queryByText('Alice Kim')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Bob Lee')).toBeInTheDocument();
  });

  it('disables the selected users in one bulk request', async () => {
    const api = new FakeAuthzApi();
    const bulk = jest.spyOn(api, 'bulkUserAction');
    renderWithApi(<UsersPage />, api);
    await screen.findByText('Alice Kim');

    const rows = screen.getAllByRole('row');
    const rowOf = (name: string) =>
      rows.find(row => within(row).queryByText(name))!;
    await userEvent.click(within(rowOf('Alice Kim')).getByRole('checkbox'));
    await userEvent.click(within(rowOf('Carol Ng')).getByRole('checkbox'));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Disable' }));

    expect(bulk).toHaveBeenCalledWith({
      action: 'disable',
      refs: ['user:default/alice.kim', 'user:default/carol.ng'],
    });
    expect(api.users.every(user => user.status === 'disabled')).toBe(true);
  });

  it('shows the clicked user in the detail panel', async () => {
    renderWithApi(<UsersPage />);
    await userEvent.click(await screen.findByText('Alice Kim'));

    const panel = await screen.findByRole('complementary', {
      name: 'User details',
    });
    expect(
      await within(panel).findByText('alice@acme.example'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('engineering')).toBeInTheDocument();
    expect(await within(panel).findByText('Portal admin')).toBeInTheDocument();
    // Alice comes from the catalog: disable, do not delete.
    expect(within(panel).getByText(/From the catalog/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('rejects a bad email in the create dialog without calling the server', async () => {
    const api = new FakeAuthzApi();
    const createUser = jest.spyOn(api, 'createUser');
    renderWithApi(<UsersPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create user' }),
    );

    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Name/ }),
      'dan.ray',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Email' }),
      'not-an-email',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    expect(
      within(dialog).getByRole('textbox', { name: 'Email' }),
    ).toBeInvalid();
    expect(createUser).not.toHaveBeenCalled();
  });

  it('disables a user with the status switch of the detail panel', async () => {
    const api = new FakeAuthzApi();
    const update = jest.spyOn(api, 'updateUser');
    renderWithApi(<UsersPage />, api);
    await userEvent.click(await screen.findByText('Carol Ng'));
    const panel = await screen.findByRole('complementary', {
      name: 'User details',
    });

    await userEvent.click(
      await within(panel).findByRole('switch', { name: 'User active' }),
    );

    expect(update).toHaveBeenCalledWith('user:default/carol.ng', {
      status: 'disabled',
    });
    await waitFor(() =>
      expect(
        within(panel).getByRole('switch', { name: 'User active' }),
      ).not.toBeChecked(),
    );
  });

  it('imports pasted CSV and shows the report of each row', async () => {
    const api = new FakeAuthzApi();
    const importUsers = jest.spyOn(api, 'importUsers');
    renderWithApi(<UsersPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Import CSV' }),
    );
    const dialog = await screen.findByRole('dialog');
    const csv =
      'name,displayName,email,department,groups,status\ndan.ray,Dan,,,,\nBad Name,,,,,';
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: 'CSV content' }),
    );
    await userEvent.paste(csv);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Import' }),
    );

    const report = await within(dialog).findByRole('region', {
      name: 'Import report',
    });
    expect(importUsers).toHaveBeenCalledWith(csv);
    expect(report).toHaveTextContent(
      '1 created · 0 updated · 0 skipped · 1 invalid',
    );
    expect(
      within(report).getByText('name: must be a catalog name'),
    ).toBeInTheDocument();
  });

  it('keeps the users a bulk delete could not remove selected, with the reason', async () => {
    const api = new FakeAuthzApi();
    api.users[2].source = 'local';
    renderWithApi(<UsersPage />, api);
    await screen.findByText('Alice Kim');
    const rows = screen.getAllByRole('row');
    const rowOf = (name: string) =>
      rows.find(row => within(row).queryByText(name))!;
    await userEvent.click(within(rowOf('Alice Kim')).getByRole('checkbox'));
    await userEvent.click(within(rowOf('Carol Ng')).getByRole('checkbox'));

    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Delete' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Delete users',
      }),
    );

    const failures = await screen.findByRole('list', {
      name: 'Bulk action failures',
    });
    expect(failures).toHaveTextContent(
      'user:default/alice.kim: user:default/alice.kim comes from the catalog',
    );
    expect(
      within(screen.getByRole('region', { name: 'Bulk actions' })).getByText(
        '1 selected',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Carol Ng')).toBeNull());
    expect(api.users.map(user => user.name)).toEqual(['alice.kim', 'bob.lee']);
  });
});
