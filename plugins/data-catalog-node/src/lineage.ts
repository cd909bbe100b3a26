import {
  LineageEdge,
  LineageEdgeInput,
  LineageNeighbours,
  LineageNode,
} from '@internal/plugin-data-catalog-common';

/**
 * The one lineage graph (ARCHITECTURE.md). The data-catalog backend stores
 * it (SQL by default, Neo4j in production); other plugins reach it through
 * `lineageServiceRef`, which calls the data-catalog API as a service.
 */
export interface LineageService {
  /** Upserts edges: the same from/to/type again only refreshes updatedAt. */
  addEdges(edges: LineageEdgeInput[]): Promise<void>;
  /** Removes edges between exactly these nodes and of this type. */
  removeEdges(edges: LineageEdgeInput[]): Promise<void>;
  /** Direct upstream and downstream edges of a node. */
  neighbours(node: LineageNode): Promise<LineageNeighbours>;
}

export type { LineageEdge };
