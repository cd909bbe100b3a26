import { PipelineGraph } from './graph';

/**
 * Places nodes left to right by depth (longest path from a source), and
 * top to bottom in order within a column. Keeps positions already set.
 */
export function layoutGraph(graph: PipelineGraph): PipelineGraph {
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0; // a cycle: validation reports it
    seen.add(id);
    const parents = graph.edges.filter(e => e.to.node === id);
    const d = parents.length
      ? Math.max(...parents.map(e => depthOf(e.from.node, seen) + 1))
      : 0;
    depth.set(id, d);
    return d;
  };
  const rows = new Map<number, number>();
  return {
    ...graph,
    nodes: graph.nodes.map(node => {
      const column = depthOf(node.id, new Set());
      const row = rows.get(column) ?? 0;
      rows.set(column, row + 1);
      return node.position
        ? node
        : { ...node, position: { x: column * 240, y: row * 140 } };
    }),
  };
}
