import { PipelineGraphInput } from './graph';
import { builtInNodeTypes } from './nodeTypes';
import { pipelineTemplates } from './templates';
import { formatGraphIssues, validateGraph } from './validateGraph';

const valid: PipelineGraphInput = {
  nodes: [
    {
      id: 'ingest',
      type: 'data.synthetic',
      typeVersion: 1,
      config: { dataset: 'shapes' },
    },
    {
      id: 'train',
      type: 'model.train',
      typeVersion: 1,
      config: { epochs: 10 },
    },
  ],
  edges: [
    {
      from: { node: 'ingest', output: 'data' },
      to: { node: 'train', input: 'train' },
    },
  ],
};

const problems = (graph: unknown) => {
  const result = validateGraph(graph);
  return result.valid ? '' : formatGraphIssues(result.issues);
};

describe('validateGraph', () => {
  it('accepts every domain template', () => {
    for (const template of pipelineTemplates) {
      expect([template.id, problems(template.graph)]).toEqual([
        template.id,
        '',
      ]);
    }
    expect(new Set(pipelineTemplates.map(t => t.domain)).size).toBe(5);
  });

  it('applies config defaults', () => {
    const result = validateGraph(valid);
    expect(result.valid).toBe(true);
  });

  it('names the node and field of a bad config', () => {
    const graph = structuredClone(valid);
    graph.nodes[1].config = { epochs: 'many' };
    expect(problems(graph)).toMatch(
      /^graph\.nodes\[train\]\.config\.epochs: Invalid input: expected number/,
    );
    graph.nodes[1].config = { task: 'clustering' };
    expect(problems(graph)).toMatch(/^graph\.nodes\[train\]\.config\.task: /);
  });

  it('names unknown types and versions', () => {
    const graph = structuredClone(valid);
    graph.nodes[0].type = 'data.teleport';
    graph.nodes[1].typeVersion = 7;
    expect(problems(graph)).toBe(
      "graph.nodes[ingest].type: Unknown node type 'data.teleport'; " +
        "graph.nodes[train].typeVersion: 'model.train' has no version 7 (versions: 1)",
    );
  });

  it('requires inputs to be connected, once, with matching kinds', () => {
    const graph = structuredClone(valid);
    graph.edges = [];
    expect(problems(graph)).toBe(
      'graph.nodes[train].inputs.train: Required input is not connected',
    );
    graph.nodes.push({ id: 'eval', type: 'model.evaluate', typeVersion: 1 });
    graph.edges = [
      {
        from: { node: 'ingest', output: 'data' },
        to: { node: 'train', input: 'train' },
      },
      {
        from: { node: 'ingest', output: 'data' },
        to: { node: 'eval', input: 'model' },
      },
      {
        from: { node: 'ingest', output: 'data' },
        to: { node: 'eval', input: 'data' },
      },
      {
        from: { node: 'ingest', output: 'data' },
        to: { node: 'eval', input: 'data' },
      },
      {
        from: { node: 'ingest', output: 'nope' },
        to: { node: 'ghost', input: 'data' },
      },
    ];
    expect(problems(graph)).toBe(
      [
        'graph.nodes[eval].inputs.model: Expects model, but ingest.data gives dataset',
        'graph.nodes[eval].inputs.data: Connected more than once',
        "graph.edges[4]: No node 'ghost'",
      ].join('; '),
    );
  });

  it('finds cycles', () => {
    const graph = structuredClone(valid);
    graph.nodes.push({ id: 'split', type: 'data.split', typeVersion: 1 });
    graph.edges = [
      {
        from: { node: 'ingest', output: 'data' },
        to: { node: 'train', input: 'train' },
      },
      {
        from: { node: 'train', output: 'model' },
        to: { node: 'split', input: 'data' },
      },
      {
        from: { node: 'split', output: 'train' },
        to: { node: 'train', input: 'train' },
      },
    ];
    // The kinds are wrong too; the cycle is reported beside them.
    expect(problems(graph)).toContain('graph: Cycle train → split → train');
  });

  it('names nodes in shape errors and rejects duplicates', () => {
    expect(
      problems({
        nodes: [{ id: 'a', type: 'data.split', typeVersion: 'one' }],
      }),
    ).toBe(
      'graph.nodes[a].typeVersion: Invalid input: expected number, received string',
    );
    expect(problems({ nodes: [] })).toMatch(/^graph\.nodes: Too small/);
    const graph = structuredClone(valid);
    graph.nodes.push({ ...graph.nodes[0] });
    expect(problems(graph)).toBe('graph.nodes[ingest]: Duplicate node id');
  });

  it('has distinct type@version pairs with JSON schemas', () => {
    const keys = builtInNodeTypes.map(t => `${t.type}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
