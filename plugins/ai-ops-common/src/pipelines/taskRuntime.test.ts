import { describeNodeType } from './nodeType';
import { builtInNodeTypes, findNodeType } from './nodeTypes';
import { taskRuntimeOf } from './taskRuntime';
import { diffGraphs } from './graphChanges';
import { pipelineTemplates } from './templates';

describe('taskRuntimeOf', () => {
  it('fills in the config with its defaults, leaving ports to the executor', () => {
    const nodeType = findNodeType('model.export', 1)!;
    const runtime = taskRuntimeOf(
      nodeType,
      { id: 'export', type: 'model.export', typeVersion: 1, config: {} },
      ['model'],
    );
    expect(runtime.command).toEqual([
      'node',
      '{{tasks}}/export.mjs',
      '--config',
      '{"name":"model"}',
      '--input',
      'model={{inputs.model}}',
      '--input',
      'metrics=',
      '--output',
      'bundle={{outputs.bundle}}',
    ]);
    expect(runtime.env).toEqual({
      AI_OPS_CONFIG: '{"name":"model"}',
      AI_OPS_INPUT_MODEL: '{{inputs.model}}',
      AI_OPS_OUTPUT_BUNDLE: '{{outputs.bundle}}',
    });
  });

  it('passes a shell script as one argument', () => {
    const runtime = taskRuntimeOf(
      findNodeType('code.shell', 1)!,
      {
        id: 's',
        type: 'code.shell',
        typeVersion: 1,
        config: { script: 'echo "$AI_OPS_CONFIG" {{inputs.in}}' },
      },
      [],
    );
    // A user's script is data: placeholders inside it are filled as well.
    expect(runtime.command).toEqual(['sh', '-c', 'echo "$AI_OPS_CONFIG" ']);
  });

  it('rejects a config its schema does not accept', () => {
    expect(() =>
      taskRuntimeOf(
        findNodeType('model.train', 1)!,
        { id: 't', type: 'model.train', typeVersion: 1, config: { epochs: 0 } },
        ['train'],
      ),
    ).toThrow();
  });

  it('describes every node type with a JSON schema', () => {
    for (const nodeType of builtInNodeTypes) {
      const described = describeNodeType(nodeType);
      expect(described.configJsonSchema).toMatchObject({ type: 'object' });
    }
  });
});

describe('diffGraphs', () => {
  it('lists added, removed and changed nodes and edges', () => {
    const before = pipelineTemplates[0].graph;
    const after = structuredClone(before);
    after.nodes = after.nodes.filter(n => n.id !== 'backtest');
    after.edges = after.edges.filter(e => e.to.node !== 'backtest');
    after.nodes.find(n => n.id === 'train')!.config = { epochs: 5 };
    after.nodes.push({
      id: 'extra',
      type: 'data.split',
      typeVersion: 1,
      config: {},
    });
    expect(diffGraphs(before, after)).toEqual({
      nodesAdded: ['extra'],
      nodesRemoved: ['backtest'],
      nodesChanged: [{ node: 'train', fields: ['config'] }],
      edgesAdded: [],
      edgesRemoved: ['window.data → backtest.data'],
    });
    expect(diffGraphs(undefined, before).nodesAdded).toHaveLength(6);
  });
});
