import { act, screen, within } from '@testing-library/react';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { RunDetailPage } from './RunDetailPage';

const version = (dataset: string, v: number) => ({
  datasetId: `id-${dataset}`,
  dataset,
  version: v,
});

/** run-1 as a load → publish run. */
function loadPublishApi() {
  const api = new FakeAiOpsApi();
  const [ingest, train] = api.runs[0].tasks;
  api.runs[0].tasks = [
    { ...ingest, nodeId: 'load', nodeType: 'data.load' },
    {
      ...train,
      nodeId: 'publish',
      nodeType: 'data.publish',
      upstream: ['load'],
    },
  ];
  return api;
}

const renderRun = (api: FakeAiOpsApi) =>
  renderPage(<RunDetailPage />, {
    api,
    route: '/ai-ops/runs/run-1?workspace=forecasting',
    mountPath: '/ai-ops/runs/:runId',
  });

describe('RunLineagePanel', () => {
  it('links the versions read and written, and waits for the outputs once the run ended', async () => {
    const api = loadPublishApi();
    api.runs[0].state = 'SUCCEEDED';
    api.runLineages['run-1'] = {
      runId: 'run-1',
      inputs: [version('sales', 2)],
      outputs: [],
    };
    renderRun(api);
    const lineage = await screen.findByRole('region', { name: 'Lineage' });
    expect(
      await within(lineage).findByRole('link', { name: 'sales v2' }),
    ).toHaveAttribute(
      'href',
      '/ai-ops/datasets/sales?workspace=forecasting&version=2',
    );
    expect(lineage).toHaveTextContent('registering the versions the run wrote');
    expect(lineage).toHaveTextContent('→ run #3 →');

    // Recorded a moment after the run ended: the panel looks again.
    act(() => {
      api.runLineages['run-1'] = {
        ...api.runLineages['run-1'],
        outputs: [version('sales-clean', 1)],
        recordedAt: new Date().toISOString(),
      };
    });
    expect(
      await within(lineage).findByRole(
        'link',
        { name: 'sales-clean v1' },
        { timeout: 4000 },
      ),
    ).toHaveAttribute(
      'href',
      '/ai-ops/datasets/sales-clean?workspace=forecasting&version=1',
    );
    expect(lineage).toHaveTextContent(
      'dataset versions read → this run → versions written',
    );
  });

  it('is left out for runs that name no dataset', async () => {
    renderRun(new FakeAiOpsApi());
    await screen.findByRole('img', { name: 'Task graph' });
    expect(
      screen.queryByRole('region', { name: 'Lineage' }),
    ).not.toBeInTheDocument();
  });
});
