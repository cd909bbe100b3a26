import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { EntityFeedPage } from '@internal/plugin-data-catalog-common';
import {
  DataCatalogEntityProvider,
  toDelta,
} from './DataCatalogEntityProvider';

const entity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    namespace: 'wh',
    name,
    annotations: { 'platform-portal.dev/data-source': 'wh' },
  },
  spec: { type: 'data-table', owner: 'group:default/data' },
});

/** An in-memory feed with the data-catalog's paging semantics. */
function fakeFeed(pages: EntityFeedPage[]) {
  const acks: number[] = [];
  let cursor = 0;
  return {
    acks,
    feed: {
      cursor: async () => cursor,
      ack: async (_consumer: string, seq: number) => {
        acks.push(seq);
        cursor = seq;
      },
      read: async (after: number) =>
        pages.find(p => (p.entries[0]?.seq ?? p.lastSeq!) > after) ?? {
          entries: [],
          headSeq: after,
          lastSeq: after,
        },
    },
  };
}

describe('DataCatalogEntityProvider', () => {
  it('turns a page into a delta with lower-cased removals', () => {
    expect(
      toDelta([
        {
          seq: 1,
          op: 'upsert',
          entityRef: 'resource:wh/Orders',
          entity: entity('Orders'),
        },
        { seq: 2, op: 'delete', entityRef: 'resource:wh/Old.Table' },
      ]),
    ).toEqual({
      type: 'delta',
      added: [{ entity: entity('Orders'), locationKey: 'data-catalog:wh' }],
      removed: [{ entityRef: 'resource:wh/old.table' }],
    });
  });

  it('applies every page from its cursor to the head and acknowledges each', async () => {
    const { feed, acks } = fakeFeed([
      {
        entries: [
          {
            seq: 1,
            op: 'upsert',
            entityRef: 'resource:wh/a',
            entity: entity('a'),
          },
        ],
        headSeq: 4,
        lastSeq: 1,
      },
      // Rows 2-3 were folded away: the page is empty but the cursor moves on.
      { entries: [], headSeq: 4, lastSeq: 3 },
      {
        entries: [{ seq: 4, op: 'delete', entityRef: 'resource:wh/a' }],
        headSeq: 4,
        lastSeq: 4,
      },
    ]);
    const applyMutation = jest.fn();
    const provider = new DataCatalogEntityProvider({
      feed,
      logger: mockServices.logger.mock(),
    });
    await provider.refresh(); // not connected yet: nothing read
    expect(acks).toEqual([]);

    await provider.connect({
      applyMutation,
      refresh: jest.fn(),
    } as EntityProviderConnection);
    await Promise.all([provider.refresh(), provider.refresh()]);

    expect(acks).toEqual([1, 3, 4]);
    expect(
      applyMutation.mock.calls.map(([m]) => [m.added.length, m.removed.length]),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
