import {
  LineageEdge,
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';
import neo4j, { Driver, EagerResult, ManagedTransaction } from 'neo4j-driver';
import { chunked } from '../assets/dbValues';
import {
  checkReplacement,
  EdgeRecord,
  fromRecord,
  sortEdges,
  StoredEdgeRecord,
  uniqueRecords,
} from './lineageEdges';
import { LineageStore } from './LineageStore';

export type Neo4jLineageStoreOptions = {
  url: string;
  username: string;
  password: string;
  /** The driver's default database when unset. */
  database?: string;
};

// One UNWIND statement per this many edges keeps transactions bounded.
const EDGES_PER_STATEMENT = 1000;

const SCHEMA = [
  `CREATE CONSTRAINT data_catalog_asset_node IF NOT EXISTS
   FOR (a:Asset) REQUIRE (a.ref, a.column) IS UNIQUE`,
  // Table nodes read the edges of all their columns: a lookup by ref alone.
  `CREATE INDEX data_catalog_asset_ref IF NOT EXISTS FOR (a:Asset) ON (a.ref)`,
];

const UPSERT = `
  UNWIND $edges AS e
  MERGE (f:Asset {ref: e.fromRef, column: e.fromColumn})
  MERGE (t:Asset {ref: e.toRef, column: e.toColumn})
  MERGE (f)-[r:LINEAGE {type: e.type}]->(t)
  ON CREATE SET r.createdAt = $now
  SET r.updatedAt = $now,
      r.source = CASE WHEN r.source = 'manual' THEN 'manual' ELSE e.source END`;

const REMOVE = `
  UNWIND $edges AS e
  MATCH (:Asset {ref: e.fromRef, column: e.fromColumn})
        -[r:LINEAGE {type: e.type}]->
        (:Asset {ref: e.toRef, column: e.toColumn})
  DELETE r`;

const REMOVE_FROM_SOURCE = `
  UNWIND $refs AS ref
  MATCH (:Asset {ref: ref})-[r:LINEAGE {source: $source}]-()
  WITH DISTINCT r
  WITH r, startNode(r).ref AS a, endNode(r).ref AS b
  DELETE r
  RETURN collect(a) + collect(b) AS touched`;

// Nodes exist only as edge ends: one left without edges goes too.
const PRUNE = `
  UNWIND $refs AS ref
  MATCH (n:Asset {ref: ref})
  WHERE NOT (n)--()
  DELETE n`;

const edgesAt = (anchor: 'f' | 't') => `
  MATCH (f:Asset)-[r:LINEAGE]->(t:Asset)
  WHERE ${anchor}.ref = $ref AND ($column IS NULL OR ${anchor}.column = $column)
  RETURN f.ref AS fromRef, f.column AS fromColumn, t.ref AS toRef,
         t.column AS toColumn, r.type AS type, r.source AS source,
         r.createdAt AS createdAt, r.updatedAt AS updatedAt`;

const refsOf = (records: EdgeRecord[]) => [
  ...new Set(records.flatMap(r => [r.fromRef, r.toRef])),
];

/**
 * The lineage graph in Neo4j (`dataCatalog.lineage.store: neo4j`): nodes
 * `(:Asset {ref, column})` (column '' for a whole entity), unique on both,
 * joined by `[:LINEAGE {type, source, createdAt, updatedAt}]`.
 */
export class Neo4jLineageStore implements LineageStore {
  /** Connects and creates the constraint and index the store relies on. */
  static async connect(
    options: Neo4jLineageStoreOptions,
  ): Promise<Neo4jLineageStore> {
    const driver = neo4j.driver(
      options.url,
      neo4j.auth.basic(options.username, options.password),
      { disableLosslessIntegers: true },
    );
    try {
      for (const statement of SCHEMA) {
        await driver.executeQuery(
          statement,
          {},
          { database: options.database },
        );
      }
    } catch (error) {
      await driver.close();
      throw error;
    }
    return new Neo4jLineageStore(driver, options.database);
  }

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  async upsertEdges(edges: LineageEdgeInput[]): Promise<void> {
    if (edges.length === 0) return;
    await this.write(tx => this.upsert(tx, uniqueRecords(edges)));
  }

  async removeEdges(edges: LineageEdgeInput[]): Promise<void> {
    if (edges.length === 0) return;
    const records = uniqueRecords(edges);
    await this.write(async tx => {
      for (const chunk of chunked(records, EDGES_PER_STATEMENT)) {
        await tx.run(REMOVE, { edges: chunk });
      }
      await this.prune(tx, refsOf(records));
    });
  }

  async replaceEdgesFrom(
    source: LineageEdgeInput['source'],
    entityRefs: string[],
    edges: LineageEdgeInput[],
  ): Promise<void> {
    checkReplacement(source, entityRefs, edges);
    await this.write(async tx => {
      const touched = new Set<string>();
      for (const refs of chunked(
        [...new Set(entityRefs)],
        EDGES_PER_STATEMENT,
      )) {
        const result = await tx.run(REMOVE_FROM_SOURCE, { refs, source });
        for (const ref of result.records[0]?.get('touched') ?? []) {
          touched.add(ref);
        }
      }
      await this.upsert(tx, uniqueRecords(edges));
      await this.prune(tx, [...touched]);
    });
  }

  upstream(node: LineageNode): Promise<LineageEdge[]> {
    return this.read(edgesAt('t'), node);
  }

  downstream(node: LineageNode): Promise<LineageEdge[]> {
    return this.read(edgesAt('f'), node);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async read(query: string, node: LineageNode) {
    const { records } = await this.driver.executeQuery<
      EagerResult<StoredEdgeRecord>
    >(
      query,
      { ref: node.entityRef, column: node.column ?? null },
      { database: this.database, routing: neo4j.routing.READ },
    );
    return sortEdges(records.map(record => fromRecord(record.toObject())));
  }

  /** One transaction (the driver retries it whole on transient errors). */
  private async write(work: (tx: ManagedTransaction) => Promise<void>) {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  private async upsert(tx: ManagedTransaction, records: EdgeRecord[]) {
    const now = new Date().toISOString();
    for (const chunk of chunked(records, EDGES_PER_STATEMENT)) {
      await tx.run(UPSERT, { edges: chunk, now });
    }
  }

  private async prune(tx: ManagedTransaction, refs: string[]) {
    for (const chunk of chunked(refs, EDGES_PER_STATEMENT)) {
      await tx.run(PRUNE, { refs: chunk });
    }
  }
}
