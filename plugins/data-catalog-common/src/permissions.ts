import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';

/** Resource type of tables, views and their columns (ARCHITECTURE.md). */
export const DATA_CATALOG_TABLE_RESOURCE_TYPE = 'data-catalog-table';
/** Resource type of data sources (connections and their sync). */
export const DATA_CATALOG_SOURCE_RESOURCE_TYPE = 'data-catalog-source';

/** See a source: its databases, sync state and history. */
export const dataCatalogSourceReadPermission = createPermission({
  name: 'data-catalog.source.read',
  attributes: { action: 'read' },
  resourceType: DATA_CATALOG_SOURCE_RESOURCE_TYPE,
});
/** Register, edit, delete, test and sync sources. */
export const dataCatalogSourceManagePermission = createPermission({
  name: 'data-catalog.source.manage',
  attributes: { action: 'update' },
  resourceType: DATA_CATALOG_SOURCE_RESOURCE_TYPE,
});
/** See a table or view with its columns, lineage and queries. */
export const dataCatalogTableReadPermission = createPermission({
  name: 'data-catalog.table.read',
  attributes: { action: 'read' },
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
});
/** Edit documentation, owner, SLA and tags of a table and its columns. */
export const dataCatalogTableUpdatePermission = createPermission({
  name: 'data-catalog.table.update',
  attributes: { action: 'update' },
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
});
/** See PII columns' sample values unmasked. */
export const dataCatalogPiiReadPermission = createPermission({
  name: 'data-catalog.pii.read',
  attributes: { action: 'read' },
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
});
/** Create, edit and delete tag categories and tags. */
export const dataCatalogTagManagePermission = createPermission({
  name: 'data-catalog.tag.manage',
  attributes: { action: 'update' },
});
/** Read the business glossary (the catalog's read permission covers it). */
export const dataCatalogGlossaryReadPermission = createPermission({
  name: 'data-catalog.glossary.read',
  attributes: { action: 'read' },
});
/** Propose and edit glossary terms, submit them for review, link them. */
export const dataCatalogGlossaryEditPermission = createPermission({
  name: 'data-catalog.glossary.edit',
  attributes: { action: 'update' },
});
/** Approve, reject or deprecate glossary terms (as a listed reviewer). */
export const dataCatalogGlossaryApprovePermission = createPermission({
  name: 'data-catalog.glossary.approve',
  attributes: { action: 'update' },
});
/** Start and answer discussions on tables and columns. */
export const dataCatalogDiscussionCreatePermission = createPermission({
  name: 'data-catalog.discussion.create',
  attributes: { action: 'create' },
});
/** Resolve or delete anyone's discussion posts. */
export const dataCatalogDiscussionModeratePermission = createPermission({
  name: 'data-catalog.discussion.moderate',
  attributes: { action: 'update' },
});

export const dataCatalogPermissions: Permission[] = [
  dataCatalogSourceReadPermission,
  dataCatalogSourceManagePermission,
  dataCatalogTableReadPermission,
  dataCatalogTableUpdatePermission,
  dataCatalogPiiReadPermission,
  dataCatalogTagManagePermission,
  dataCatalogGlossaryReadPermission,
  dataCatalogGlossaryEditPermission,
  dataCatalogGlossaryApprovePermission,
  dataCatalogDiscussionCreatePermission,
  dataCatalogDiscussionModeratePermission,
];
