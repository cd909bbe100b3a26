import { act, screen, waitFor, within } from '@testing-library/react';
import { choose } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { RunsPage } from './RunsPage';
import { FALLBACK_REFRESH_MS } from './useLiveRuns';

/** A run of the fake as the list and the stream carry it. */
function summaryOf(api: FakeAiOpsApi, id: string) {
  const { tasks, params, stateHistory, ...summary } = api.runs.find(
    r => r.id === id,
  )!;
  return summary;
}

const rowOf = (region: HTMLElement, text: string) =>
  within(region).getByText(text).closest('[role="row"]') as HTMLElement;

describe('RunsPage', () => {
  it('lists runs and filters them by state, sent to the server', async () => {
    const { api } = renderPage(<RunsPage />, { route: '/ai-ops/runs' });
    const list = jest.spyOn(api, 'listRuns');
    const runs = await screen.findByRole('region', { name: 'Runs' });
    expect(
      await within(runs).findByText('demand-forecast #3'),
    ).toBeInTheDocument();

    await choose(runs, /State$/, 'FAILED');
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith('forecasting', {
        state: 'FAILED',
        pipeline: undefined,
        trigger: undefined,
        cursor: undefined,
        limit: 25,
      }),
    );
    expect(await within(runs).findByText('No runs match.')).toBeInTheDocument();
  });

  it('follows the workspace stream, and refreshes slowly while it is down', async () => {
    const { api } = renderPage(<RunsPage />, { route: '/ai-ops/runs' });
    const runs = await screen.findByRole('region', { name: 'Runs' });
    await within(runs).findByText('demand-forecast #3');
    const list = jest.spyOn(api, 'listRuns');

    // A change of a listed run replaces it, without a reload.
    act(() => api.emitRun({ ...summaryOf(api, 'run-1'), state: 'SUCCEEDED' }));
    expect(
      within(rowOf(runs, 'demand-forecast #3')).getByText('SUCCEEDED'),
    ).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();

    // A run the page does not show yet reloads the first page.
    await api.startRun('forecasting', 'demand-forecast');
    act(() => api.emitRun({ ...summaryOf(api, 'run-2'), state: 'RUNNING' }));
    expect(
      await within(runs).findByText('demand-forecast #4'),
    ).toBeInTheDocument();
    expect(list).toHaveBeenCalledTimes(1);

    // Down: a reload every FALLBACK_REFRESH_MS; back: one at once.
    jest.useFakeTimers();
    try {
      const stream = api.workspaceStreams.get('forecasting')!;
      act(() => stream.onStatus!('reconnecting'));
      act(() => jest.advanceTimersByTime(FALLBACK_REFRESH_MS));
      expect(list).toHaveBeenCalledTimes(2);
      await act(async () => undefined); // the reload settles
      act(() => stream.onStatus!('connected'));
      expect(list).toHaveBeenCalledTimes(3);
      await act(async () => undefined);
      act(() => jest.advanceTimersByTime(FALLBACK_REFRESH_MS));
      expect(list).toHaveBeenCalledTimes(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
