import type {
  DataAssetDetail,
  DataAssetSummary,
  ListTablesQuery,
} from '@internal/plugin-data-catalog-common';
import type { DataCatalogAssetsApi } from '../api/DataCatalogApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { clone, findOr404, offsetPage } from './fakeHelpers';
import { FakeSources } from './FakeSources';

type SortKey = NonNullable<ListTablesQuery['sort']>;
const sortValue: Record<SortKey, (table: DataAssetSummary) => string | number> =
  {
    name: table => table.name,
    quality: table => table.qualityScore ?? -1,
    updated: table => table.lastUpdatedAt ?? '',
    views: table => table.views30d,
    rows: table => table.rowEstimate ?? 0,
    size: table => table.sizeBytes ?? 0,
  };

function matches(table: DataAssetSummary, query: Partial<ListTablesQuery>) {
  const q = query.q?.toLocaleLowerCase('en-US');
  return (
    (!q || table.qualifiedName.toLocaleLowerCase('en-US').includes(q)) &&
    (!query.source || table.sourceId === query.source) &&
    (!query.platform || table.platform === query.platform) &&
    (!query.kind || table.kind === query.kind) &&
    (!query.tag || table.tags.some(tag => tag.name === query.tag)) &&
    (!query.owner || table.owner === query.owner) &&
    (!query.domain || table.domain === query.domain) &&
    (query.minQuality === undefined ||
      (table.qualityScore ?? -1) >= query.minQuality)
  );
}

/** Tables, their details, usage and the dashboard (see FakeDataCatalogApi). */
export class FakeAssets extends FakeSources implements DataCatalogAssetsApi {
  tables = clone(fixtures.tables);
  details: DataAssetDetail[] = clone([
    fixtures.ordersDetail,
    fixtures.customersDetail,
  ]);
  dashboard = clone(fixtures.dashboard);
  queries = clone(fixtures.queryHistory);
  views: string[] = [];
  profiled: string[] = [];

  async listTables(query: Partial<ListTablesQuery>) {
    const key = sortValue[query.sort ?? 'name'];
    const sorted = this.tables
      .filter(table => matches(table, query))
      .sort((a, b) => (key(a) < key(b) ? -1 : Number(key(a) > key(b))));
    if (query.order === 'desc') sorted.reverse();
    // The cursor is opaque to the UI; here it is simply the next offset.
    const offset = Number(query.cursor ?? 0);
    const limit = query.limit ?? 50;
    const { items, totalCount } = offsetPage(sorted, { offset, limit });
    const next = offset + limit;
    return {
      items,
      totalCount,
      nextCursor: next < totalCount ? String(next) : undefined,
    };
  }
  async getTable(entityRef: string) {
    return clone(findOr404(this.details, d => d.entityRef === entityRef));
  }
  async listTableQueries(_entityRef: string, query: T.OffsetQuery) {
    return offsetPage(this.queries, query);
  }
  async listTableChanges(entityRef: string, query: T.OffsetQuery) {
    return this.listChanges({ ...query, entityRef });
  }
  async recordView(entityRef: string) {
    this.views.push(entityRef);
  }
  async profileTable(entityRef: string) {
    this.profiled.push(entityRef);
    const detail = findOr404(this.details, d => d.entityRef === entityRef);
    detail.trust.quality.score = 95;
  }
  async getDashboard() {
    return clone(this.dashboard);
  }
}
