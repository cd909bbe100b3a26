import { DataAssetKind } from '@internal/plugin-data-catalog-common';

/** The kinds of asset the inventory lists: tables and their like. */
export const TABLE_KINDS: DataAssetKind[] = [
  'table',
  'view',
  'materialized-view',
  'partitioned-table',
  'partition',
  'foreign-table',
];

/** The table kinds that are views (counted apart on the dashboard). */
export const VIEW_KINDS: DataAssetKind[] = ['view', 'materialized-view'];

/** `resource:<namespace>/<name>`, the ref of `/tables/:namespace/:name`. */
export function tableRefOf(params: { namespace: string; name: string }) {
  return `resource:${params.namespace}/${params.name}`;
}
