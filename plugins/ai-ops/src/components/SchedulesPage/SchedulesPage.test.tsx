import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDialog, press } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { SchedulesPage } from './SchedulesPage';

describe('SchedulesPage', () => {
  it('lists schedules with their pipeline and next fire times, and disables one', async () => {
    const { api } = renderPage(<SchedulesPage />, {
      route: '/ai-ops/schedules',
    });
    const schedules = await screen.findByRole('region', { name: 'Schedules' });
    const row = within(schedules)
      .getByText('nightly')
      .closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('Demand forecast');
    expect(row).toHaveTextContent('0 2 * * *Europe/Berlin');
    expect(row).toHaveTextContent('latest · max 1');
    expect(row).not.toHaveTextContent('disabled');

    await userEvent.click(
      within(row).getByRole('switch', { name: 'Enable nightly' }),
    );
    await waitFor(() => expect(api.schedules[0].enabled).toBe(false));
    expect(await within(row).findByText('disabled')).toBeInTheDocument();
  });

  it('fires a schedule now and shows the fire in its paged history', async () => {
    const api = new FakeAiOpsApi();
    // Twelve fires by the schedule: the newest ten, then the rest.
    api.fires = Array.from({ length: 12 }, (_, i) => ({
      scheduleId: 'sched-1',
      fireTime: new Date(Date.UTC(2026, 10, 20 - i, 1)).toISOString(),
      status: 'skipped' as const,
      reason: 'max concurrency 1 reached (1 runs active)',
      decidedAt: '2026-11-20T01:00:00.000Z',
    }));
    renderPage(<SchedulesPage />, { api, route: '/ai-ops/schedules' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Fire now nightly' }),
    );
    const history = await screen.findByRole('region', {
      name: 'Fires of nightly',
    });
    const [, newest] = await within(history).findAllByRole('row');
    expect(newest).toHaveTextContent('2026-11-27 11:00 CET');
    expect(newest).toHaveTextContent('started');
    expect(newest).toHaveTextContent('user:default/tester');
    expect(
      within(newest).getByRole('link', { name: 'Open run' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining(`/runs/${api.runs[api.runs.length - 1].id}`),
    );
    expect(history).toHaveTextContent('1–10 of 13');
    await userEvent.click(
      within(history).getByRole('button', { name: 'Older' }),
    );
    expect(await within(history).findByText('11–13 of 13')).toBeInTheDocument();
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('max concurrency 1 reached');
    expect(rows[0]).toHaveTextContent('the schedule');
    expect(
      within(history).getByRole('button', { name: 'Older' }),
    ).toBeDisabled();
  });

  it('deletes a schedule and a trigger after confirming', async () => {
    const api = new FakeAiOpsApi();
    api.triggers = [
      {
        id: 'trig-1',
        workspace: 'forecasting',
        pipelineId: api.pipelines[0].id,
        eventType: 'dataset-version',
        filter: {},
        params: {},
        enabled: true,
        createdBy: 'user:default/admin',
        createdAt: api.schedules[0].createdAt,
        updatedAt: api.schedules[0].createdAt,
      },
    ];
    renderPage(<SchedulesPage />, { api, route: '/ai-ops/schedules' });
    const dialog = await openDialog('Delete nightly');
    expect(dialog).toHaveTextContent('Its fire history goes with it');
    await press(dialog, 'Delete');
    await waitFor(() => expect(api.schedules).toEqual([]));
    expect(await screen.findByText('No schedules yet.')).toBeInTheDocument();

    const trigger = await openDialog('Delete trigger trig-1');
    await press(trigger, 'Delete');
    await waitFor(() => expect(api.triggers).toEqual([]));
  });
});
