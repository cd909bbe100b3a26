import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { AuditPage } from './AuditPage';

const liveDeny: AuditEntry = {
  kind: 'decision',
  id: 'd-live',
  time: '2025-01-15T10:01:00.000Z',
  principal: 'user:default/eve.moss',
  permission: 'kubernetes.proxy',
  result: 'DENY',
  reasons: [],
  summary: 'Denied',
  revision: 8,
  latencyMs: 1,
  engine: 'wasm',
};

const entriesRegion = () =>
  screen.getByRole('region', { name: 'Audit entries' });
const stat = (label: string) => screen.getByRole('group', { name: label });

describe('AuditPage', () => {
  it('shows the totals and the entries of the period', async () => {
    renderWithApi(<AuditPage />);
    expect(await screen.findByText('user:default/bob.lee')).toBeInTheDocument();
    expect(
      within(entriesRegion()).getByText('authz.policy.update'),
    ).toBeInTheDocument();
    expect(within(stat('Denied')).getByText('2')).toBeInTheDocument();
    expect(within(stat('Changes')).getByText('2')).toBeInTheDocument();
  });

  it('prepends entries from the live stream and counts them', async () => {
    const api = new FakeAuthzApi();
    renderWithApi(<AuditPage />, api);
    await screen.findByText('user:default/bob.lee');
    expect(
      screen.getByRole('status', { name: 'Live updates: Live' }),
    ).toBeInTheDocument();

    act(() => api.emitAuditEntry(liveDeny));

    const rows = within(entriesRegion()).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('user:default/eve.moss');
    expect(rows[1]).toHaveTextContent('new');
    expect(within(stat('Denied')).getByText('3')).toBeInTheDocument();
    expect(within(stat('Total')).getByText('13')).toBeInTheDocument();
  });

  it('stops appending while paused', async () => {
    const api = new FakeAuthzApi();
    renderWithApi(<AuditPage />, api);
    await screen.findByText('user:default/bob.lee');

    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(
      screen.getByRole('status', { name: 'Live updates: Paused' }),
    ).toBeInTheDocument();
    act(() => api.emitAuditEntry(liveDeny));

    expect(screen.queryByText('user:default/eve.moss')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    act(() => api.emitAuditEntry(liveDeny));
    expect(
      await screen.findByText('user:default/eve.moss'),
    ).toBeInTheDocument();
  });

  it('asks the server for denied decisions only when filtered by result', async () => {
    const api = new FakeAuthzApi();
    const list = jest.spyOn(api, 'listAuditEntries');
    renderWithApi(<AuditPage />, api);
    await screen.findByText('user:default/bob.lee');

    await userEvent.click(screen.getByRole('button', { name: /Result/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'DENY' }));

    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ result: 'DENY', offset: 0, limit: 50 }),
      ),
    );
    await waitFor(() =>
      expect(
        within(entriesRegion()).queryByText('authz.policy.update'),
      ).toBeNull(),
    );
  });

  it('shows the raw JSON of the clicked entry', async () => {
    renderWithApi(<AuditPage />);
    await userEvent.click(await screen.findByText('user:default/bob.lee'));
    const panel = await screen.findByRole('complementary', {
      name: 'Audit entry',
    });
    expect(within(panel).getByLabelText('Raw audit entry')).toHaveTextContent(
      '"id": "d-1"',
    );
  });

  it('saves a new retention period', async () => {
    const api = new FakeAuthzApi();
    const update = jest.spyOn(api, 'updateAuditSettings');
    renderWithApi(<AuditPage />, api);
    const field = await screen.findByRole('textbox', {
      name: 'Retention (days)',
    });
    await waitFor(() => expect(field).toHaveValue('90'));

    await userEvent.clear(field);
    await userEvent.type(field, '30');
    await userEvent.tab();
    await userEvent.click(
      screen.getByRole('button', { name: 'Save retention' }),
    );

    await waitFor(() =>
      expect(update).toHaveBeenCalledWith({ retentionDays: 30 }),
    );
    expect(
      await screen.findByText('Entries older than 30 days are deleted.'),
    ).toBeInTheDocument();
  });
});
