import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { DepartmentsPage } from './DepartmentsPage';

/** Departments from the catalog cannot move; one made here can. */
function withLocalFinance() {
  const api = new FakeAuthzApi();
  api.departments.find(d => d.name === 'finance')!.source = 'local';
  return api;
}

describe('DepartmentsPage', () => {
  it('shows the tree with the first level open and expands on demand', async () => {
    renderWithApi(<DepartmentsPage />);
    const tree = await screen.findByRole('tree', { name: 'Departments' });
    expect(
      within(tree).getByRole('treeitem', { name: 'Engineering' }),
    ).toBeInTheDocument();
    expect(
      within(tree).getByRole('treeitem', { name: 'Finance' }),
    ).toBeInTheDocument();
    expect(
      within(tree).queryByRole('treeitem', { name: 'Infrastructure' }),
    ).toBeNull();

    await userEvent.click(
      within(tree).getByRole('button', { name: 'Expand Engineering' }),
    );
    expect(
      within(tree).getByRole('treeitem', { name: 'Infrastructure' }),
    ).toBeInTheDocument();
  });

  it('shows the path, members and roles of the selected department', async () => {
    renderWithApi(<DepartmentsPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Engineering/ }),
    );

    const panel = await screen.findByRole('complementary', {
      name: 'Department details',
    });
    expect(await within(panel).findByText('Alice Kim')).toBeInTheDocument();
    expect(
      within(panel).getByRole('navigation', { name: 'Path' }),
    ).toHaveTextContent('Acme Corp › Engineering');
    expect(await within(panel).findByText('Viewer')).toBeInTheDocument();
  });

  it('moves a department up among its siblings', async () => {
    const api = withLocalFinance();
    const move = jest.spyOn(api, 'moveDepartment');
    renderWithApi(<DepartmentsPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Move Finance up' }),
    );

    expect(move).toHaveBeenCalledWith('group:default/finance', {
      parentRef: 'group:default/acme',
      position: 0,
    });
  });

  it('moves a department under another parent with "Move to…"', async () => {
    const api = withLocalFinance();
    const move = jest.spyOn(api, 'moveDepartment');
    renderWithApi(<DepartmentsPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Finance/ }),
    );
    const panel = await screen.findByRole('complementary', {
      name: 'Department details',
    });
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Move to…' }),
    );

    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Parent department/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Engineering' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));

    await waitFor(() =>
      expect(move).toHaveBeenCalledWith('group:default/finance', {
        parentRef: 'group:default/engineering',
        position: 1,
      }),
    );
  });

  it('offers no move for a department the catalog owns', async () => {
    renderWithApi(<DepartmentsPage />, withLocalFinance());
    await screen.findByRole('button', { name: 'Move Finance up' });
    expect(
      screen.queryByRole('button', { name: 'Move Engineering up' }),
    ).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: /^Engineering/ }));
    const panel = await screen.findByRole('complementary', {
      name: 'Department details',
    });
    expect(
      await within(panel).findByText(/From the catalog/),
    ).toBeInTheDocument();
    expect(
      within(panel).queryByRole('button', { name: 'Move to…' }),
    ).toBeNull();
    expect(
      within(panel).getByRole('button', { name: 'Add sub-department' }),
    ).toBeEnabled();
  });
});
