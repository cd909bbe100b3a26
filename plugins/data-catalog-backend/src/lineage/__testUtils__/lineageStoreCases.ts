/* eslint-disable jest/no-standalone-expect -- the store tests run every case inside it.each */
import {
  LineageEdge,
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';
import { LineageStore } from '../LineageStore';

/** Makes refs unique to one test (Neo4j is shared between runs). */
export type RefMaker = (name: string) => string;

type Case = [string, (store: LineageStore, ref: RefMaker) => Promise<void>];

const node = (entityRef: string, column?: string): LineageNode =>
  column === undefined ? { entityRef } : { entityRef, column };

function edge(
  from: LineageNode,
  to: LineageNode,
  source: LineageEdgeInput['source'] = 'manual',
  type: LineageEdgeInput['type'] = 'derives',
): LineageEdgeInput {
  return { from, to, type, source };
}

/** What an answer says, without the timestamps. */
const shape = (edges: LineageEdge[]) =>
  edges.map(({ from, to, type, source }) => ({ from, to, type, source }));

const pause = () => new Promise(resolve => setTimeout(resolve, 15));

/**
 * The behaviour every LineageStore has, run against SQL on SQLite and
 * PostgreSQL and against Neo4j.
 */
export const lineageStoreCases: Case[] = [
  [
    'answers direct edges; a table node includes its columns, a column only its own',
    async (store, ref) => {
      const [raw, clean, report] = [ref('raw'), ref('clean'), ref('report')];
      const tableEdge = edge(node(raw), node(clean), 'view');
      const columnEdge = edge(node(raw, 'id'), node(clean, 'id'), 'view');
      const otherColumn = edge(node(raw, 'ts'), node(clean, 'day'), 'query');
      const next = edge(node(clean), node(report), 'pipeline', 'reads');
      await store.upsertEdges([tableEdge, columnEdge, otherColumn, next]);

      expect(shape(await store.upstream(node(clean)))).toEqual([
        tableEdge,
        columnEdge,
        otherColumn,
      ]);
      expect(shape(await store.upstream(node(clean, 'id')))).toEqual([
        columnEdge,
      ]);
      expect(shape(await store.downstream(node(clean)))).toEqual([next]);
      expect(shape(await store.downstream(node(raw, 'ts')))).toEqual([
        otherColumn,
      ]);
      expect(await store.upstream(node(raw))).toEqual([]);
      expect(await store.downstream(node(ref('unknown')))).toEqual([]);
      // No column is no `column` key at all, not an empty one.
      const [answer] = await store.downstream(node(clean));
      expect(Object.keys(answer.from)).toEqual(['entityRef']);
      expect(new Date(answer.createdAt).toISOString()).toBe(answer.createdAt);
    },
  ],
  [
    'upserts: the same from/to/type keeps createdAt and refreshes updatedAt',
    async (store, ref) => {
      const [a, b] = [ref('a'), ref('b')];
      await store.upsertEdges([edge(node(a), node(b), 'query')]);
      const [first] = await store.downstream(node(a));
      expect(first.updatedAt).toBe(first.createdAt);
      await pause();
      await store.upsertEdges([
        edge(node(a), node(b), 'pipeline'),
        edge(node(a), node(b), 'pipeline'),
        edge(node(a), node(b), 'view', 'reads'),
      ]);
      const after = await store.downstream(node(a));
      expect(shape(after)).toEqual([
        edge(node(a), node(b), 'pipeline'),
        edge(node(a), node(b), 'view', 'reads'),
      ]);
      expect(after[0].createdAt).toBe(first.createdAt);
      expect(after[0].updatedAt > first.updatedAt).toBe(true);
    },
  ],
  [
    'keeps a manual edge manual when another source states it too',
    async (store, ref) => {
      const [a, b, c] = [ref('a'), ref('b'), ref('c')];
      await store.upsertEdges([edge(node(a), node(b), 'manual')]);
      await store.upsertEdges([edge(node(a), node(b), 'view')]);
      await store.upsertEdges([edge(node(a), node(c), 'view')]);
      await store.upsertEdges([edge(node(a), node(c), 'manual')]);
      await store.upsertEdges([
        edge(node(b), node(c), 'manual'),
        edge(node(b), node(c), 'query'),
      ]);
      expect(shape(await store.downstream(node(a)))).toEqual([
        edge(node(a), node(b), 'manual'),
        edge(node(a), node(c), 'manual'),
      ]);
      expect(shape(await store.downstream(node(b)))).toEqual([
        edge(node(b), node(c), 'manual'),
      ]);
    },
  ],
  [
    'removes exactly the given from/to/type, whatever the source',
    async (store, ref) => {
      const [a, b] = [ref('a'), ref('b')];
      const keep = [
        edge(node(a), node(b), 'view', 'reads'),
        edge(node(a, 'x'), node(b, 'x'), 'view'),
      ];
      await store.upsertEdges([edge(node(a), node(b), 'view'), ...keep]);
      await store.removeEdges([
        edge(node(a), node(b), 'manual'),
        edge(node(a), node(ref('elsewhere')), 'manual'),
      ]);
      expect(shape(await store.downstream(node(a)))).toEqual(keep);
      await store.removeEdges(keep);
      expect(await store.downstream(node(a))).toEqual([]);
      await store.removeEdges([]);
    },
  ],
  [
    "replaces one source's edges touching the refs, and nothing else",
    async (store, ref) => {
      const [v, t1, t2, t3, other] = ['v', 't1', 't2', 't3', 'other'].map(ref);
      const stale = edge(node(t1), node(v), 'view');
      const manual = edge(node(t2), node(v), 'manual');
      const otherView = edge(node(t1), node(other), 'view');
      const fk = edge(node(v), node(t3), 'foreign-key');
      await store.upsertEdges([stale, manual, otherView, fk]);
      const fresh = [
        edge(node(t2), node(v), 'view'),
        edge(node(t3, 'id'), node(v, 'id'), 'view'),
      ];
      await store.replaceEdgesFrom('view', [v], fresh);
      expect(shape(await store.upstream(node(v)))).toEqual([
        manual, // stays manual though the view states it too
        fresh[1],
      ]);
      expect(shape(await store.downstream(node(v)))).toEqual([fk]);
      expect(shape(await store.downstream(node(t1)))).toEqual([otherView]);

      await store.replaceEdgesFrom('view', [v, t1], []);
      expect(shape(await store.upstream(node(v)))).toEqual([manual]);
      expect(await store.downstream(node(t1))).toEqual([]);
    },
  ],
  [
    'rejects replacement edges of another source or touching none of the refs',
    async (store, ref) => {
      const [a, b] = [ref('a'), ref('b')];
      await store.upsertEdges([edge(node(a), node(b), 'view')]);
      await expect(
        store.replaceEdgesFrom('view', [a], [edge(node(a), node(b), 'manual')]),
      ).rejects.toThrow(/Cannot replace view edges with a manual edge/);
      await expect(
        store.replaceEdgesFrom('view', [a], [edge(node(b), node(b), 'view')]),
      ).rejects.toThrow(/touches none/);
      expect(shape(await store.downstream(node(a)))).toEqual([
        edge(node(a), node(b), 'view'),
      ]);
    },
  ],
  [
    'replaces atomically: a failing write leaves the old edges',
    async (store, ref) => {
      const [a, b] = [ref('a'), ref('b')];
      await store.upsertEdges([edge(node(a), node(b), 'view')]);
      // A missing ref passes the up-front checks and fails in the database.
      const broken = edge(node(a), { entityRef: undefined as any }, 'view');
      await expect(
        store.replaceEdgesFrom('view', [a], [broken]),
      ).rejects.toThrow();
      expect(shape(await store.downstream(node(a)))).toEqual([
        edge(node(a), node(b), 'view'),
      ]);
    },
  ],
  [
    'handles more edges and refs than one statement takes',
    async (store, ref) => {
      const hub = ref('hub');
      const spokes = Array.from({ length: 1203 }, (_, i) => ref(`s${i}`));
      await store.upsertEdges(
        spokes.map(s => edge(node(s), node(hub, 'c'), 'query')),
      );
      expect(await store.upstream(node(hub))).toHaveLength(1203);
      await store.replaceEdgesFrom(
        'query',
        spokes,
        spokes.slice(0, 2).map(s => edge(node(s), node(hub), 'query')),
      );
      expect(shape(await store.upstream(node(hub)))).toEqual(
        spokes
          .slice(0, 2)
          .map(s => edge(node(s), node(hub), 'query'))
          .sort((x, y) => (x.from.entityRef < y.from.entityRef ? -1 : 1)),
      );
      await store.removeEdges(
        spokes.map(s => edge(node(s), node(hub), 'query')),
      );
      expect(await store.upstream(node(hub))).toEqual([]);
    },
  ],
];
