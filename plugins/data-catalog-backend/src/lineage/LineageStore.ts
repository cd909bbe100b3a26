import {
  LineageEdge,
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';

/**
 * Storage of the one lineage graph. `SqlLineageStore` (the plugin's
 * database) is the embedded default; `Neo4jLineageStore` is production
 * (`dataCatalog.lineage.store: neo4j`). Both pass the same test suite.
 */
export interface LineageStore {
  /**
   * Upserts: an existing from/to/type keeps createdAt, refreshes updatedAt.
   * A `manual` edge stays manual when another source states it too (a
   * person's statement outlives the next sync); otherwise the latest source
   * wins.
   */
  upsertEdges(edges: LineageEdgeInput[]): Promise<void>;
  /** Removes edges by from/to/type, whatever their source. */
  removeEdges(edges: LineageEdgeInput[]): Promise<void>;
  /**
   * Makes the edges of one `source` (e.g. `view`) touching these entity refs
   * exactly `edges`: ingestion replaces what a view reads without touching
   * manual or pipeline edges. One transaction; every edge must be of
   * `source` and touch one of the refs (else InputError).
   */
  replaceEdgesFrom(
    source: LineageEdgeInput['source'],
    entityRefs: string[],
    edges: LineageEdgeInput[],
  ): Promise<void>;
  /**
   * Direct edges into the node. For a node without a column this includes
   * the edges into its columns, so that one call draws a table with its
   * column lineage; a column node gets only that column's edges.
   */
  upstream(node: LineageNode): Promise<LineageEdge[]>;
  /** Direct edges out of the node, columns included likewise. */
  downstream(node: LineageNode): Promise<LineageEdge[]>;
  close?(): Promise<void>;
}
