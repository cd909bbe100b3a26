import type {
  GraphEdge,
  NodeTypeDescription,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';

/**
 * The editor's changes to a graph, each returning a new graph. They keep
 * the graph's shape; whether it is valid is the server's to say.
 */

/** A node id not yet taken: the type's name, then `-2`, `-3`… */
export function freeNodeId(graph: PipelineGraph, type: string): string {
  const stem = type
    .split('.')
    .pop()!
    .replace(/[^A-Za-z0-9_-]/g, '-');
  const taken = new Set(graph.nodes.map(n => n.id));
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}

export function addNode(
  graph: PipelineGraph,
  nodeType: NodeTypeDescription,
  id = freeNodeId(graph, nodeType.type),
): PipelineGraph {
  return {
    ...graph,
    nodes: [
      ...graph.nodes,
      { id, type: nodeType.type, typeVersion: nodeType.version, config: {} },
    ],
  };
}

/** Removes the node and every edge to or from it. */
export function removeNode(graph: PipelineGraph, id: string): PipelineGraph {
  return {
    nodes: graph.nodes.filter(n => n.id !== id),
    edges: graph.edges.filter(e => e.from.node !== id && e.to.node !== id),
  };
}

export function setNodeConfig(
  graph: PipelineGraph,
  id: string,
  config: Record<string, unknown>,
): PipelineGraph {
  return {
    ...graph,
    nodes: graph.nodes.map(n => (n.id === id ? { ...n, config } : n)),
  };
}

/** Connects an output to an input; an input is fed once, so a link to it is replaced. */
export function connect(
  graph: PipelineGraph,
  from: GraphEdge['from'],
  to: GraphEdge['to'],
): PipelineGraph {
  const kept = graph.edges.filter(
    e => !(e.to.node === to.node && e.to.input === to.input),
  );
  return { ...graph, edges: [...kept, { from, to }] };
}

export function disconnect(
  graph: PipelineGraph,
  edge: GraphEdge,
): PipelineGraph {
  return { ...graph, edges: graph.edges.filter(e => e !== edge) };
}

/** `train.model → evaluate.model`. */
export function edgeLabel(edge: GraphEdge): string {
  return `${edge.from.node}.${edge.from.output} → ${edge.to.node}.${edge.to.input}`;
}
