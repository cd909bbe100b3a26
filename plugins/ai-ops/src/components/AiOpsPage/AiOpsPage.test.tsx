import { screen, waitFor } from '@testing-library/react';
import { choose } from '@internal/portal-react/testing';
import { renderPluginPage } from '@internal/portal-react/testing';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { rootRouteRef } from '../../routes';
import { AiOpsPage } from './AiOpsPage';

function renderAiOps(route: string) {
  const api = new FakeAiOpsApi();
  renderPluginPage(<AiOpsPage />, {
    apis: [[aiOpsApiRef, api]],
    mountedRoutes: { '/ai-ops': rootRouteRef },
    mountPath: '/ai-ops/*',
    route,
  });
  return api;
}

describe('AiOpsPage', () => {
  it('opens the saved workspace and switches it for the user from the header', async () => {
    const api = renderAiOps('/ai-ops');
    expect(
      await screen.findByRole('heading', { name: 'Welcome to Forecasting' }),
    ).toBeInTheDocument();
    await choose(document.body, /Workspace$/, 'ML Research');
    expect(
      await screen.findByRole('heading', { name: 'Welcome to ML Research' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.current).toBe('ml-research'));
    // The tabs carry the workspace along.
    expect(screen.getByRole('tab', { name: 'Runs' })).toHaveAttribute(
      'href',
      '/ai-ops/runs?workspace=ml-research',
    );
  });

  it('opens the workspace a link names without saving it', async () => {
    const api = renderAiOps('/ai-ops/schedules?workspace=ml-research');
    expect(
      await screen.findByRole('region', { name: 'Schedules' }),
    ).toBeInTheDocument();
    expect(api.current).toBe('forecasting');
  });
});
