import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { RolesPage } from './RolesPage';

describe('RolesPage', () => {
  it('shows each role with its policy chips and holder counts', async () => {
    renderWithApi(<RolesPage />);
    const card = await screen.findByRole('article', { name: 'Portal admin' });
    expect(await within(card).findByText('admin-all')).toBeInTheDocument();
    expect(within(card).getByText('System role')).toBeInTheDocument();
    expect(
      within(card).getByText(/1 user · 0 groups · 0 departments/),
    ).toBeInTheDocument();
  });

  it('asks for custom roles only on the Custom tab', async () => {
    const api = new FakeAuthzApi();
    const listRoles = jest.spyOn(api, 'listRoles');
    renderWithApi(<RolesPage />, api);
    await screen.findByRole('article', { name: 'Portal admin' });

    await userEvent.click(screen.getByRole('tab', { name: 'Custom' }));

    await waitFor(() =>
      expect(
        screen.queryByRole('article', { name: 'Portal admin' }),
      ).toBeNull(),
    );
    expect(listRoles).toHaveBeenLastCalledWith({ type: 'custom', limit: 500 });
    expect(screen.getByRole('article', { name: 'Viewer' })).toBeInTheDocument();
  });

  it('does not let a system role be deleted, and says why', async () => {
    renderWithApi(<RolesPage />);
    const card = await screen.findByRole('article', { name: 'Portal admin' });
    const remove = within(card).getByRole('button', { name: 'Delete' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'System roles cannot be deleted',
    );
    const custom = screen.getByRole('article', { name: 'Viewer' });
    expect(
      within(custom).getByRole('button', { name: 'Delete' }),
    ).toBeEnabled();
  });

  it('attaches a policy from the policies dialog', async () => {
    const api = new FakeAuthzApi();
    const attach = jest.spyOn(api, 'attachRolePolicies');
    const detach = jest.spyOn(api, 'detachRolePolicies');
    renderWithApi(<RolesPage />, api);
    const card = await screen.findByRole('article', { name: 'Viewer' });
    await userEvent.click(
      within(card).getByRole('button', { name: 'Policies' }),
    );

    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Policies/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'admin-all' }),
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save policies' }),
    );

    await waitFor(() =>
      expect(attach).toHaveBeenCalledWith('role-viewer', ['policy-admin']),
    );
    expect(detach).not.toHaveBeenCalled();
    expect(await within(card).findByText('admin-all')).toBeInTheDocument();
  });
});
