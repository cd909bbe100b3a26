import { act, screen, within } from '@testing-library/react';
import { renderPage } from '../../__testUtils__/renderPage';
import { HomePage } from './HomePage';

describe('HomePage', () => {
  it('shows the stat cards, usage, cost and recent runs of the workspace', async () => {
    const { api } = renderPage(<HomePage />, {
      route: '/ai-ops?workspace=ml-research',
    });
    const stats = jest.spyOn(api, 'getStats');
    expect(
      await screen.findByRole('group', { name: 'Active runs' }),
    ).toHaveTextContent('2');
    expect(
      screen.getByRole('group', { name: 'Success rate' }),
    ).toHaveTextContent('80%');
    expect(
      screen.getByRole('group', { name: 'Cost this month' }),
    ).toHaveTextContent('$42.50of $100.00 budget');
    expect(screen.getByRole('meter', { name: 'GPU' })).toHaveAttribute(
      'aria-valuetext',
      '1 GPU / 4 GPU',
    );
    expect(screen.getByRole('meter', { name: 'Storage' })).toHaveAttribute(
      'aria-valuetext',
      '3.0 GiB used, no capacity set',
    );
    expect(screen.getByRole('meter', { name: 'Budget used' })).toHaveAttribute(
      'aria-valuetext',
      '43% of $100.00',
    );

    const runs = await screen.findByRole('region', { name: 'Recent runs' });
    const row = within(runs)
      .getByText('demand-forecast #3')
      .closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('RUNNING')).toHaveAttribute(
      'data-tone',
      'info',
    );
    expect(
      within(row).getByRole('meter', { name: 'Run #3 progress' }),
    ).toHaveAttribute('aria-valuetext', '1 / 3 tasks');
    // The URL's workspace wins over the saved one (forecasting).
    expect(stats).not.toHaveBeenCalledWith('forecasting');
    expect(screen.getByRole('link', { name: 'New Pipeline' })).toHaveAttribute(
      'href',
      '/ai-ops/pipelines?workspace=ml-research&create=1',
    );
  });

  it('keeps the recent runs current from the workspace stream', async () => {
    const { api } = renderPage(<HomePage />, {
      route: '/ai-ops?workspace=ml-research',
    });
    const runs = await screen.findByRole('region', { name: 'Recent runs' });
    const row = () =>
      within(runs)
        .getByText('demand-forecast #3')
        .closest('[role="row"]') as HTMLElement;
    await within(runs).findByText('demand-forecast #3');
    const list = jest.spyOn(api, 'listRuns');
    const { tasks, params, stateHistory, ...run } = api.runs[0];
    act(() =>
      api.emitRun({ ...run, workspace: 'ml-research', state: 'FAILED' }),
    );
    expect(within(row()).getByText('FAILED')).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });
});
