/** Events service topics the data-catalog family publishes. */
export const dataCatalogTopics = {
  /** Asset entities changed; the catalog module reads the entity feed. */
  entitiesChanged: 'platform-portal.data-catalog.entities-changed',
  /** A sync recorded schema changes; payload: `SchemaChangeEvent[]`. */
  schemaChanged: 'platform-portal.data-catalog.schema-changed',
} as const;
