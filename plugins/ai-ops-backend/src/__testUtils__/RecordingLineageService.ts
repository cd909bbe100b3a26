import { LineageService } from '@internal/plugin-data-catalog-node';

type EdgeInput = Parameters<LineageService['addEdges']>[0][number];
type Neighbours = Awaited<ReturnType<LineageService['neighbours']>>;

const sameEdge = (a: EdgeInput, b: EdgeInput) =>
  a.type === b.type &&
  a.from.entityRef === b.from.entityRef &&
  a.from.column === b.from.column &&
  a.to.entityRef === b.to.entityRef &&
  a.to.column === b.to.column;

/**
 * A test double of the data-catalog's lineage service: keeps the edges it is
 * given (upserting like the real store) so tests can assert on them.
 */
export class RecordingLineageService implements LineageService {
  readonly edges: EdgeInput[] = [];

  async addEdges(edges: EdgeInput[]): Promise<void> {
    for (const edge of edges) {
      if (!this.edges.some(e => sameEdge(e, edge))) this.edges.push(edge);
    }
  }

  async removeEdges(edges: EdgeInput[]): Promise<void> {
    for (const edge of edges) {
      const index = this.edges.findIndex(e => sameEdge(e, edge));
      if (index >= 0) this.edges.splice(index, 1);
    }
  }

  async neighbours(node: Neighbours['node']): Promise<Neighbours> {
    const at = new Date(0).toISOString();
    const stamped = (edge: EdgeInput) => ({
      ...edge,
      createdAt: at,
      updatedAt: at,
    });
    return {
      node,
      upstream: this.edges
        .filter(e => e.to.entityRef === node.entityRef)
        .map(stamped),
      downstream: this.edges
        .filter(e => e.from.entityRef === node.entityRef)
        .map(stamped),
    };
  }
}
