import { GraphEdge, GraphNode, PipelineGraph } from './graph';

/** What changed from one version's graph to the next. */
export type GraphChanges = {
  nodesAdded: string[];
  nodesRemoved: string[];
  /** Nodes whose type, version, config or run settings changed. */
  nodesChanged: { node: string; fields: string[] }[];
  /** Edges as `from.output → to.input`. */
  edgesAdded: string[];
  edgesRemoved: string[];
};

// `position` and `label` are layout, not behaviour, but still shown.
const NODE_FIELDS: (keyof GraphNode)[] = [
  'type',
  'typeVersion',
  'label',
  'config',
  'retry',
  'timeoutSeconds',
  'resourceProfile',
  'queue',
  'position',
];

// Stable JSON: key order must not count as a change.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const edgeKey = (e: GraphEdge) =>
  `${e.from.node}.${e.from.output} → ${e.to.node}.${e.to.input}`;

/** The changes from `before` (none: the first version) to `after`. */
export function diffGraphs(
  before: PipelineGraph | undefined,
  after: PipelineGraph,
): GraphChanges {
  const old = new Map((before?.nodes ?? []).map(n => [n.id, n]));
  const current = new Map(after.nodes.map(n => [n.id, n]));
  const nodesChanged = after.nodes.flatMap(node => {
    const previous = old.get(node.id);
    if (!previous) return [];
    const fields = NODE_FIELDS.filter(
      f => canonical(previous[f]) !== canonical(node[f]),
    );
    return fields.length ? [{ node: node.id, fields }] : [];
  });
  const oldEdges = new Set((before?.edges ?? []).map(edgeKey));
  const newEdges = new Set(after.edges.map(edgeKey));
  return {
    nodesAdded: after.nodes.filter(n => !old.has(n.id)).map(n => n.id),
    nodesRemoved: [...old.keys()].filter(id => !current.has(id)),
    nodesChanged,
    edgesAdded: [...newEdges].filter(e => !oldEdges.has(e)),
    edgesRemoved: [...oldEdges].filter(e => !newEdges.has(e)),
  };
}
