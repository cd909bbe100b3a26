import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { DashboardPage } from './DashboardPage';

const card = (label: string) => screen.findByRole('group', { name: label });

describe('DashboardPage', () => {
  it('shows the model counts and today’s decisions with the deny rate', async () => {
    renderWithApi(<DashboardPage />);
    const users = await card('Users');
    expect(users).toHaveTextContent('3');
    expect(users).toHaveTextContent('2 active · 1 disabled');
    expect(await card('Decisions today')).toHaveTextContent('deny rate 20%');
    expect(await card('Policies')).toHaveTextContent('2 active');
  });

  it('charts the decision trend and switches its period', async () => {
    const api = new FakeAuthzApi();
    const stats = jest.spyOn(api, 'getAuditStats');
    renderWithApi(<DashboardPage />, api);
    expect(
      await screen.findByRole('img', {
        name: 'Decision trend: 10 decisions in 2 hour buckets',
      }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));

    await waitFor(() =>
      expect(stats).toHaveBeenLastCalledWith(
        expect.objectContaining({ bucket: 'day' }),
      ),
    );
  });

  it('lists recent changes and the health of each component', async () => {
    renderWithApi(<DashboardPage />);
    const changes = await screen.findByRole('list', { name: 'Recent changes' });
    expect(changes).toHaveTextContent(
      'alice.kim authz.policy.update policy-read',
    );
    const health = await screen.findByRole('list', { name: 'Components' });
    expect(within(health).getByText('OPA: ok')).toBeInTheDocument();
    expect(within(health).getByText('Database: degraded')).toBeInTheDocument();
  });

  it('creates a role from the quick actions and refreshes the counts', async () => {
    const api = new FakeAuthzApi();
    const createRole = jest.spyOn(api, 'createRole');
    renderWithApi(<DashboardPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create role' }),
    );

    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Name/ }),
      'Auditors',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    await waitFor(() =>
      expect(createRole).toHaveBeenCalledWith({
        name: 'Auditors',
        active: true,
        allUsers: false,
      }),
    );
    await waitFor(async () =>
      expect(await card('Roles')).toHaveTextContent('3'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
