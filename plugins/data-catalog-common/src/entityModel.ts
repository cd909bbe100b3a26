/**
 * How data assets appear in the Backstage catalog (README "Entity model"):
 * every asset is `kind: Resource` with one of these `spec.type`s, in the
 * catalog namespace of its source, `spec.owner` as the owner and
 * `spec.partOf` naming its parent; the data-catalog catalog processor turns
 * that into `partOf`/`hasPart` relations. Columns are not entities: they
 * live in the data-catalog backend's tables, keyed by the table's ref.
 */
export const dataAssetSpecTypes = {
  source: 'data-source',
  database: 'data-database',
  schema: 'data-schema',
  table: 'data-table',
  view: 'data-view',
} as const;

export type DataAssetSpecType =
  (typeof dataAssetSpecTypes)[keyof typeof dataAssetSpecTypes];

export const DATA_ASSET_SPEC_TYPES: readonly string[] =
  Object.values(dataAssetSpecTypes);

/** What an asset is in its source system (finer than the spec type). */
export type DataAssetKind =
  | 'source'
  | 'database'
  | 'schema'
  | 'table'
  | 'view'
  | 'materialized-view'
  | 'partitioned-table'
  | 'partition'
  | 'foreign-table';

export function specTypeForAssetKind(kind: DataAssetKind): DataAssetSpecType {
  switch (kind) {
    case 'source':
      return dataAssetSpecTypes.source;
    case 'database':
      return dataAssetSpecTypes.database;
    case 'schema':
      return dataAssetSpecTypes.schema;
    case 'view':
    case 'materialized-view':
      return dataAssetSpecTypes.view;
    default:
      return dataAssetSpecTypes.table;
  }
}

/** Annotations on data asset entities (`platform-portal.dev/<name>`). */
export const dataCatalogAnnotations = {
  /** The source id an asset was ingested from. */
  source: 'platform-portal.dev/data-source',
  /** `postgresql`, `mysql`, ... */
  platform: 'platform-portal.dev/data-platform',
  /** The asset's kind in the source (`materialized-view`, `partition`...). */
  assetKind: 'platform-portal.dev/data-asset-kind',
  /** Fully qualified name in the source: `db.schema.table`. */
  qualifiedName: 'platform-portal.dev/data-qualified-name',
} as const;

const MAX_NAME = 63;

/** A catalog-safe name: [a-zA-Z0-9] separated by [-_.], at most 63 chars. */
export function toEntityName(parts: string[]): string {
  const raw = parts
    .join('.')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .replace(/([._-])[._-]+/g, '$1');
  const name = raw || 'unnamed';
  if (name.length <= MAX_NAME && parts.join('.') === name) return name;
  // Renamed or too long: a stable hash of the real name keeps refs unique.
  const hash = fnv1a(parts.join('\u0000')).slice(0, 8);
  return `${name.slice(0, MAX_NAME - 9).replace(/[._-]+$/, '')}-${hash}`;
}

/** The catalog namespace of a source's assets: its id, lower case. */
export function toEntityNamespace(sourceId: string): string {
  return sourceId.toLowerCase();
}

/** Entity ref of an asset (`resource:<source>/<db.schema.table>`). */
export function dataAssetRef(sourceId: string, path: string[]): string {
  const name = path.length === 0 ? sourceId : toEntityName(path);
  return `resource:${toEntityNamespace(sourceId)}/${name}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
