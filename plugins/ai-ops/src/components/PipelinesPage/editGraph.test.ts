import type {
  NodeTypeDescription,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';
import {
  addNode,
  connect,
  disconnect,
  edgeLabel,
  freeNodeId,
  removeNode,
  setNodeConfig,
} from './editGraph';

const graph: PipelineGraph = {
  nodes: [
    { id: 'load', type: 'data.load', typeVersion: 1, config: {} },
    { id: 'train', type: 'model.train', typeVersion: 1, config: {} },
  ],
  edges: [
    {
      from: { node: 'load', output: 'data' },
      to: { node: 'train', input: 'train' },
    },
  ],
};
const trainType = { type: 'model.train', version: 2 } as NodeTypeDescription;

describe('editGraph', () => {
  it('adds a node of a type under a free id at the type version', () => {
    expect(freeNodeId(graph, 'data.split')).toBe('split');
    const added = addNode(graph, trainType);
    expect(added.nodes[2]).toEqual({
      id: 'train-2',
      type: 'model.train',
      typeVersion: 2,
      config: {},
    });
    expect(freeNodeId(added, 'model.train')).toBe('train-3');
  });

  it('removes a node with its edges', () => {
    const removed = removeNode(graph, 'load');
    expect(removed.nodes.map(n => n.id)).toEqual(['train']);
    expect(removed.edges).toEqual([]);
  });

  it('feeds an input once: connecting it again replaces the old edge', () => {
    const withSplit = addNode(graph, {
      type: 'data.split',
      version: 1,
    } as NodeTypeDescription);
    const rewired = connect(
      withSplit,
      { node: 'split', output: 'train' },
      { node: 'train', input: 'train' },
    );
    expect(rewired.edges.map(edgeLabel)).toEqual(['split.train → train.train']);
    expect(disconnect(rewired, rewired.edges[0]).edges).toEqual([]);
  });

  it('sets one node config and leaves the others', () => {
    const changed = setNodeConfig(graph, 'train', { epochs: 5 });
    expect(changed.nodes[1].config).toEqual({ epochs: 5 });
    expect(changed.nodes[0]).toBe(graph.nodes[0]);
  });
});
