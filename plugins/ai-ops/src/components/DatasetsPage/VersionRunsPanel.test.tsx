import { screen, within } from '@testing-library/react';
import { FakeAiOpsApi } from '../../__testUtils__/FakeAiOpsApi';
import { renderPage } from '../../__testUtils__/renderPage';
import { DatasetDetailPage } from './DatasetDetailPage';

const renderSales = (api: FakeAiOpsApi) =>
  renderPage(<DatasetDetailPage />, {
    api,
    route: '/ai-ops/datasets/sales?workspace=forecasting',
    mountPath: '/ai-ops/datasets/:dataset',
  });

describe('VersionRunsPanel', () => {
  it('names the run that produced the version and the runs that read it', async () => {
    const api = new FakeAiOpsApi();
    api.runLineages['run-1'] = {
      runId: 'run-1',
      inputs: [{ datasetId: 'ds-1', dataset: 'sales', version: 1 }],
      outputs: [{ datasetId: 'ds-1', dataset: 'sales', version: 1 }],
    };
    renderSales(api);
    const panel = await screen.findByRole('region', { name: 'Runs of v1' });
    const links = await within(panel).findAllByRole('link', {
      name: 'demand-forecast #3',
    });
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAttribute(
      'href',
      '/ai-ops/runs/run-1?workspace=forecasting',
    );
    expect(panel).toHaveTextContent('Produced by run demand-forecast #3');
    expect(panel).toHaveTextContent('Read by runs demand-forecast #3');
  });

  it('says when no run wrote or read it', async () => {
    renderSales(new FakeAiOpsApi());
    const panel = await screen.findByRole('region', { name: 'Runs of v1' });
    expect(
      await within(panel).findByText('Registered by hand, not by a run.'),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent('Read by no run yet.');
  });
});
