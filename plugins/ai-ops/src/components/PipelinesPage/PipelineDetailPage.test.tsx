import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { choose } from '@internal/portal-react/testing';
import { renderPage } from '../../__testUtils__/renderPage';
import { PipelineDetailPage } from './PipelineDetailPage';

const user = userEvent.setup({ delay: null });

function renderPipeline(tab = '') {
  return renderPage(<PipelineDetailPage />, {
    route: `/ai-ops/pipelines/demand-forecast${tab}`,
    mountPath: '/ai-ops/pipelines/:pipeline',
  });
}

describe('PipelineDetailPage', () => {
  it('draws the DAG: a node per step, an edge per connection', async () => {
    renderPipeline();
    const graph = await screen.findByRole('img', { name: 'Pipeline graph' });
    expect(
      within(graph)
        .getAllByRole('group')
        .map(g => g.getAttribute('data-node')),
    ).toEqual(['ingest', 'window', 'backtest', 'split', 'train', 'evaluate']);
    expect(graph.querySelector('[data-edge^="ingest."]')).not.toBeNull();
  });

  it('edits the graph and shows a refusal next to the node field it names', async () => {
    const { api } = renderPipeline('?tab=edit');
    const editor = await screen.findByRole('img', {
      name: 'Pipeline editor graph',
    });
    await user.click(within(editor).getByRole('button', { name: 'train' }));
    const epochs = await screen.findByRole('textbox', { name: /^epochs/ });
    await user.clear(epochs);
    await user.type(epochs, 'many');
    // The editor checks as the server does, and names node and field.
    const issues = await screen.findByRole('list', { name: 'Graph issues' });
    expect(issues).toHaveTextContent('graph.nodes[train].config.epochs');

    await user.type(
      screen.getByRole('textbox', { name: /Change message/ }),
      'More epochs',
    );
    await user.click(screen.getByRole('button', { name: 'Save version' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invalid graph: graph.nodes[train].config.epochs',
    );
    expect(api.pipelines[0].currentVersion).toBe(1);

    await user.clear(epochs);
    await user.type(epochs, '50');
    await user.click(screen.getByRole('button', { name: 'Save version' }));
    await waitFor(() => expect(api.pipelines[0].currentVersion).toBe(2));
    expect(
      api.pipelines[0].graph.nodes.find(n => n.id === 'train')?.config.epochs,
    ).toBe(50);
  });

  it('adds a node of a type and removes it again', async () => {
    renderPipeline('?tab=edit');
    const editor = await screen.findByRole('img', {
      name: 'Pipeline editor graph',
    });
    const panel = screen.getByRole('region', { name: 'Nodes and edges' });
    await choose(panel, /Node type/, /data\.split v1/);
    await user.click(within(panel).getByRole('button', { name: 'Add node' }));
    expect(
      within(editor).getByRole('button', { name: 'split-2' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove node' }));
    expect(
      within(editor).queryByRole('button', { name: 'split-2' }),
    ).not.toBeInTheDocument();
  });

  it('starts a run and opens it', async () => {
    const { api } = renderPipeline();
    const start = jest.spyOn(api, 'startRun');
    await user.click(await screen.findByRole('button', { name: 'Run' }));
    await waitFor(() =>
      expect(start).toHaveBeenCalledWith('forecasting', 'demand-forecast'),
    );
    expect(api.runs).toHaveLength(2);
  });
});
