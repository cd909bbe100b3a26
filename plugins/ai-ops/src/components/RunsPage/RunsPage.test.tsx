import { screen, waitFor, within } from '@testing-library/react';
import { choose } from '@internal/portal-react/testing';
import { renderPage } from '../../__testUtils__/renderPage';
import { RunsPage } from './RunsPage';

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
});
