import { z } from 'zod';
import { GraphNode, PipelineGraph, pipelineGraphSchema } from './graph';
import { NodeType, portKindsConnect } from './nodeType';
import { builtInNodeTypes, findNodeType } from './nodeTypes';

/** One problem of a graph: where (naming the node by id) and what. */
export type GraphIssue = { path: string; message: string };

export type GraphValidation =
  | { valid: true; graph: PipelineGraph; issues: [] }
  | { valid: false; issues: GraphIssue[] };

const nodePath = (id: string) => `graph.nodes[${id}]`;

function joinPath(base: string, path: PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`,
    base,
  );
}

// Names nodes by id where the raw input has one: `graph.nodes[train]`.
function schemaIssues(error: z.ZodError, raw: unknown): GraphIssue[] {
  const rawNodes = (raw as { nodes?: { id?: unknown }[] })?.nodes;
  return error.issues.map(issue => {
    const [first, index, ...rest] = issue.path;
    const id = Array.isArray(rawNodes)
      ? rawNodes[index as number]?.id
      : undefined;
    if (
      first === 'nodes' &&
      typeof index === 'number' &&
      typeof id === 'string'
    ) {
      return { path: joinPath(nodePath(id), rest), message: issue.message };
    }
    return { path: joinPath('graph', issue.path), message: issue.message };
  });
}

function nodeIssues(node: GraphNode, nodeTypes: NodeType[]): GraphIssue[] {
  const versions = nodeTypes
    .filter(t => t.type === node.type)
    .map(t => t.version);
  if (versions.length === 0) {
    return [
      {
        path: `${nodePath(node.id)}.type`,
        message: `Unknown node type '${node.type}'`,
      },
    ];
  }
  const nodeType = findNodeType(node.type, node.typeVersion, nodeTypes);
  if (!nodeType) {
    return [
      {
        path: `${nodePath(node.id)}.typeVersion`,
        message: `'${node.type}' has no version ${
          node.typeVersion
        } (versions: ${versions.join(', ')})`,
      },
    ];
  }
  const config = nodeType.configSchema.safeParse(node.config);
  if (config.success) return [];
  return config.error.issues.map(issue => ({
    path: joinPath(`${nodePath(node.id)}.config`, issue.path),
    message: issue.message,
  }));
}

function edgeIssues(graph: PipelineGraph, nodeTypes: NodeType[]): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const typeOf = new Map(
    graph.nodes.map(n => [
      n.id,
      findNodeType(n.type, n.typeVersion, nodeTypes),
    ]),
  );
  const fed = new Set<string>();
  graph.edges.forEach((edge, index) => {
    const path = `graph.edges[${index}]`;
    const fromType = typeOf.get(edge.from.node);
    const toType = typeOf.get(edge.to.node);
    if (!typeOf.has(edge.from.node) || !typeOf.has(edge.to.node)) {
      const missing = typeOf.has(edge.from.node)
        ? edge.to.node
        : edge.from.node;
      issues.push({ path, message: `No node '${missing}'` });
      return;
    }
    if (!fromType || !toType) return; // reported on the node
    const output = fromType.outputs.find(o => o.name === edge.from.output);
    const input = toType.inputs.find(i => i.name === edge.to.input);
    if (!output) {
      issues.push({
        path: `${nodePath(edge.from.node)}.outputs.${edge.from.output}`,
        message: `'${fromType.type}' has no output '${edge.from.output}'`,
      });
    }
    if (!input) {
      issues.push({
        path: `${nodePath(edge.to.node)}.inputs.${edge.to.input}`,
        message: `'${toType.type}' has no input '${edge.to.input}'`,
      });
    }
    if (!output || !input) return;
    const inputKey = `${edge.to.node}.${edge.to.input}`;
    if (fed.has(inputKey)) {
      issues.push({
        path: `${nodePath(edge.to.node)}.inputs.${edge.to.input}`,
        message: 'Connected more than once',
      });
    }
    fed.add(inputKey);
    if (!portKindsConnect(output.kind, input.kind)) {
      issues.push({
        path: `${nodePath(edge.to.node)}.inputs.${edge.to.input}`,
        message: `Expects ${input.kind}, but ${edge.from.node}.${edge.from.output} gives ${output.kind}`,
      });
    }
  });
  for (const node of graph.nodes) {
    for (const input of typeOf.get(node.id)?.inputs ?? []) {
      if (input.required && !fed.has(`${node.id}.${input.name}`)) {
        issues.push({
          path: `${nodePath(node.id)}.inputs.${input.name}`,
          message: 'Required input is not connected',
        });
      }
    }
  }
  return issues;
}

/** A cycle as node ids, first one repeated at the end; undefined if none. */
export function findCycle(graph: PipelineGraph): string[] | undefined {
  const next = new Map<string, string[]>(graph.nodes.map(n => [n.id, []]));
  for (const edge of graph.edges) next.get(edge.from.node)?.push(edge.to.node);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') {
      return [...stack.slice(stack.indexOf(id)), id];
    }
    state.set(id, 'open');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const node of graph.nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Checks a graph the way the server does before it stores a version: its
 * shape, known node types and versions, each node's config against its
 * type's schema, edges between existing ports of matching kinds, every
 * required input connected, and no cycle.
 */
export function validateGraph(
  raw: unknown,
  nodeTypes: NodeType[] = builtInNodeTypes,
): GraphValidation {
  const parsed = pipelineGraphSchema.safeParse(raw);
  if (!parsed.success) {
    return { valid: false, issues: schemaIssues(parsed.error, raw) };
  }
  const graph = parsed.data;
  const issues: GraphIssue[] = [];
  const seen = new Set<string>();
  for (const node of graph.nodes) {
    if (seen.has(node.id)) {
      issues.push({ path: nodePath(node.id), message: 'Duplicate node id' });
    }
    seen.add(node.id);
    issues.push(...nodeIssues(node, nodeTypes));
  }
  issues.push(...edgeIssues(graph, nodeTypes));
  const cycle = findCycle(graph);
  if (cycle) {
    issues.push({ path: 'graph', message: `Cycle ${cycle.join(' → ')}` });
  }
  return issues.length
    ? { valid: false, issues }
    : { valid: true, graph, issues: [] };
}

/** The issues as one line, e.g. for a 400's message. */
export function formatGraphIssues(issues: GraphIssue[]): string {
  return issues.map(i => `${i.path}: ${i.message}`).join('; ');
}
