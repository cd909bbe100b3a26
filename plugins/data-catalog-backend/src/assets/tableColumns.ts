import {
  ColumnStats,
  DataColumn,
  ForeignKeyRef,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { docFromRow } from './assetDocs';
import { isPiiTag, PlacedTag } from './assetTags';
import { parseJson, toIso } from './dbValues';
import { maskStats } from './piiMasking';

export type GlossaryLink = { column: string; id: string; name: string };

/** The glossary terms linked to a table ('' column) and its columns. */
export async function loadGlossaryLinks(
  knex: Knex,
  entityRef: string,
): Promise<GlossaryLink[]> {
  const rows = await knex('glossary_links as l')
    .join('glossary_terms as g', 'g.id', 'l.term_id')
    .where('l.entity_ref', entityRef)
    .select('l.column_name', 'g.id', 'g.name')
    .orderBy('g.name');
  return rows.map(r => ({ column: r.column_name, id: r.id, name: r.name }));
}

function statsFromRow(row: any): ColumnStats {
  return {
    nullRatio: Number(row.null_ratio),
    distinctRatio: Number(row.distinct_ratio),
    ...(row.min_value !== null ? { min: row.min_value } : {}),
    ...(row.max_value !== null ? { max: row.max_value } : {}),
    samples: parseJson<string[]>(row.samples) ?? [],
    masked: false,
    sampledRows: Number(row.sampled_rows),
    computedAt: toIso(row.computed_at)!,
  };
}

/**
 * A table's columns with their docs, tags, glossary terms and profile.
 * Columns tagged with a PII level get their sample values and min/max
 * masked unless the caller may read PII on this table.
 */
export async function loadColumns(
  knex: Knex,
  entityRef: string,
  extras: { tags: PlacedTag[]; glossary: GlossaryLink[]; piiRead: boolean },
): Promise<DataColumn[]> {
  const [columns, docs, stats] = await Promise.all([
    knex('columns').where('entity_ref', entityRef).orderBy('ordinal'),
    knex('asset_docs')
      .where('entity_ref', entityRef)
      .whereNot('column_name', ''),
    knex('column_stats').where('entity_ref', entityRef),
  ]);
  const docOf = new Map(docs.map(d => [d.column_name, docFromRow(d)]));
  const statsOf = new Map(stats.map(s => [s.column_name, statsFromRow(s)]));
  return columns.map(column => {
    const tags = extras.tags
      .filter(placed => placed.column === column.name)
      .map(placed => placed.tag);
    const columnStats = statsOf.get(column.name);
    const masked = !extras.piiRead && tags.some(isPiiTag);
    const foreignKey = parseJson<ForeignKeyRef>(column.foreign_key);
    return {
      name: column.name,
      ordinal: Number(column.ordinal),
      dataType: column.data_type,
      nullable: !!column.nullable,
      ...(column.default_value !== null
        ? { defaultValue: column.default_value }
        : {}),
      ...(column.comment ? { comment: column.comment } : {}),
      isPrimaryKey: !!column.is_primary_key,
      ...(foreignKey ? { foreignKey } : {}),
      ...(docOf.get(column.name) ? { doc: docOf.get(column.name) } : {}),
      tags,
      glossaryTerms: extras.glossary
        .filter(link => link.column === column.name)
        .map(({ id, name }) => ({ id, name })),
      ...(columnStats
        ? { stats: masked ? maskStats(columnStats) : columnStats }
        : {}),
    };
  });
}
