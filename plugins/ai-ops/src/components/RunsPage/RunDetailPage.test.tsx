import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../__testUtils__/renderPage';
import { RunDetailPage } from './RunDetailPage';

function renderRun(route = '/ai-ops/runs/run-1') {
  return renderPage(<RunDetailPage />, {
    route,
    mountPath: '/ai-ops/runs/:runId',
  });
}

describe('RunDetailPage', () => {
  it('colours the task graph by state and follows the run live', async () => {
    const { api } = renderRun();
    const graph = await screen.findByRole('img', { name: 'Task graph' });
    const train = within(graph).getByRole('button', { name: 'train: RUNNING' });
    expect(train).toHaveAttribute('data-state', 'RUNNING');

    const task = api.runs[0].tasks[1];
    act(() => api.emitTask({ ...task, state: 'FAILED', exitCode: 1 }));
    expect(
      within(graph).getByRole('button', { name: 'train: FAILED' }),
    ).toHaveAttribute('data-state', 'FAILED');

    act(() =>
      api.emitRun({
        ...api.runs[0],
        state: 'FAILED',
        errorMessage: 'train failed',
      }),
    );
    expect(await screen.findByText('failed: train failed')).toBeInTheDocument();
    // A failed run offers the re-runs, not stop or pause.
    expect(
      screen.getByRole('button', { name: 'Re-run failed' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Pause' }),
    ).not.toBeInTheDocument();
  });

  it('shows the log of the task picked in the graph as it grows', async () => {
    const { api } = renderRun();
    const graph = await screen.findByRole('img', { name: 'Task graph' });
    await userEvent.click(
      within(graph).getByRole('button', { name: 'ingest: SUCCEEDED' }),
    );
    const log = await screen.findByLabelText('Log of ingest');
    act(() => api.appendLog('task-ingest', 'rows: 400\n', true));
    act(() => api.appendLog('task-ingest', 'done\n'));
    expect(log).toHaveTextContent('rows: 400 done');
    act(() => api.appendLog('task-ingest', 'again\n', true));
    expect(log).toHaveTextContent(/^again$/);
  });

  it('asks before pausing and sends the pause', async () => {
    const { api } = renderRun();
    const pause = jest.spyOn(api, 'runAction');
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('no new task starts');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Pause' }),
    );
    expect(pause).toHaveBeenCalledWith('forecasting', 'run-1', 'pause');
  });
});
