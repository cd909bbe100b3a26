import { parseEntityRef } from '@backstage/catalog-model';
import {
  DataCatalogSearchDocument,
  SearchDocumentKind,
  SearchDocumentsPage,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { parseJson } from '../assets/dbValues';

type DocumentRow = {
  doc_key: string;
  kind: SearchDocumentKind;
  id: string;
  entity_ref: string | null;
  column_name: string;
  table_name: string | null;
  name: string;
  qualified_name: string;
  text: string;
  platform: string | null;
  owner: string | null;
  domain: string | null;
  tags: string;
  quality: number | null;
};

/** Where the portal shows a document (the collator's `location`). */
export function documentLocation(row: {
  kind: SearchDocumentKind;
  id: string;
  entity_ref: string | null;
  column_name: string;
  name: string;
}): string {
  if (row.kind === 'term')
    return `/data-catalog/glossary/${encodeURIComponent(row.id)}`;
  if (row.kind === 'tag')
    return `/data-catalog/tables?tag=${encodeURIComponent(row.name)}`;
  const { namespace, name } = parseEntityRef(row.entity_ref!);
  const table = `/data-catalog/tables/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
  return row.column_name
    ? `${table}?column=${encodeURIComponent(row.column_name)}`
    : table;
}

/**
 * The description, then the name as written, the qualified name and both
 * as plain words: engines whose tokenizers keep `customer_email` or
 * `shop.public.orders` whole (Elasticsearch's standard analyzer) still
 * find "customer" or "orders", and those that split them find the name.
 */
function documentText(row: DocumentRow): string {
  const words = `${row.name} ${row.qualified_name}`
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return [row.text, row.name, row.qualified_name, words]
    .filter(Boolean)
    .join(' · ');
}

function toDocument(row: DocumentRow): DataCatalogSearchDocument {
  const isColumn = row.kind === 'column';
  return {
    title: isColumn ? `${row.table_name}.${row.name}` : row.name,
    text: documentText(row),
    location: documentLocation(row),
    ...(row.entity_ref
      ? { authorization: { resourceRef: row.entity_ref } }
      : {}),
    kind: row.kind,
    platform: row.platform ?? '',
    owner: row.owner ?? '',
    domain: row.domain ?? '',
    tags: parseJson<string[]>(row.tags) ?? [],
    ...(row.quality === null ? {} : { quality: row.quality }),
    entityRef: row.entity_ref ?? '',
    ...(isColumn ? { column: row.column_name } : {}),
  };
}

/**
 * Every search document, in pages by key (stable while documents are
 * refreshed: a refreshed row keeps its key), for the Backstage collator.
 */
export async function readSearchDocumentsPage(
  knex: Knex,
  after: string | undefined,
  limit: number,
): Promise<SearchDocumentsPage> {
  const query = knex('search_documents')
    .select('doc_key', 'kind', 'id', 'entity_ref', 'column_name')
    .select('table_name', 'name', 'qualified_name', 'text', 'platform')
    .select('owner', 'domain', 'tags', 'quality')
    .orderBy('doc_key')
    .limit(limit);
  if (after) query.where('doc_key', '>', after);
  const rows: DocumentRow[] = await query;
  return {
    items: rows.map(toDocument),
    ...(rows.length === limit
      ? { nextAfter: rows[rows.length - 1].doc_key }
      : {}),
  };
}
