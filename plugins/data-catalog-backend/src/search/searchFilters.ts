import { InputError } from '@backstage/errors';
import {
  SearchQuery,
  searchDocumentKinds,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { SearchDialect } from './searchSql';

export const QUALITY_BANDS = ['high', 'medium', 'low', 'unscored'] as const;

const BAND_WHERE: Record<(typeof QUALITY_BANDS)[number], string> = {
  high: 'd.quality >= 80',
  medium: 'd.quality >= 50 AND d.quality < 80',
  low: 'd.quality < 50',
  // Only tables and columns have scores; terms and tags are not "unscored".
  unscored: "d.quality IS NULL AND d.kind IN ('table', 'column')",
};

function checkValues(
  field: string,
  values: string[],
  allowed: readonly string[],
) {
  const unknown = values.filter(v => !allowed.includes(v));
  if (unknown.length > 0) {
    throw new InputError(
      `Invalid request: ${field}: unknown value ${unknown.join(
        ', ',
      )} (one of ${allowed.join(', ')})`,
    );
  }
}

/** Throws a 400 naming the field for facet values that cannot exist. */
export function validateSearchFilters(query: SearchQuery): void {
  checkValues('kind', query.kind ?? [], searchDocumentKinds);
  checkValues('quality', query.quality ?? [], QUALITY_BANDS);
}

/** The facet filters of a query on `search_documents as d`; OR within one. */
export function applySearchFilters(
  qb: Knex.QueryBuilder,
  dialect: SearchDialect,
  query: SearchQuery,
): void {
  if (query.kind?.length) qb.whereIn('d.kind', query.kind);
  if (query.platform?.length) qb.whereIn('d.platform', query.platform);
  if (query.owner?.length) qb.whereIn('d.owner', query.owner);
  if (query.domain?.length) qb.whereIn('d.domain', query.domain);
  const tags = query.tag ?? [];
  if (tags.length > 0) {
    qb.where(any => {
      for (const tag of tags)
        any.orWhereRaw(dialect.jsonArrayHas('d.tags'), [tag]);
    });
  }
  const bands = (query.quality ?? []) as (typeof QUALITY_BANDS)[number][];
  if (bands.length > 0) {
    qb.where(any => {
      for (const band of bands) any.orWhereRaw(`(${BAND_WHERE[band]})`);
    });
  }
}
