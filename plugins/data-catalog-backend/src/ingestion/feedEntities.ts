import { Entity } from '@backstage/catalog-model';
import {
  DataAssetKind,
  dataCatalogAnnotations,
  specTypeForAssetKind,
  toEntityNamespace,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { parseResourceRef, sourceRef } from './assetRefs';
import { selectWhereIn } from './bulkWrite';

type AssetEntityRow = {
  entity_ref: string;
  source_id: string;
  kind: DataAssetKind;
  name: string;
  qualified_name: string;
  parent_ref: string | null;
  comment: string | null;
};
type SourceEntityRow = {
  id: string;
  title: string;
  description: string | null;
  platform: string;
  owner: string;
};
type DocRow = { entity_ref: string; doc: string; owner: string | null };
type TagRow = { entity_ref: string; name: string };

const TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

/**
 * A tag name as the catalog accepts it (lower case, `-` separated, at most
 * 63 characters), or undefined when nothing valid is left.
 */
export function toCatalogTag(name: string): string | undefined {
  const tag = name
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return tag.length > 0 && tag.length <= 63 && TAG.test(tag) ? tag : undefined;
}

function managedBy(sourceId: string): Record<string, string> {
  const location = `data-catalog:${sourceId}`;
  return {
    [dataCatalogAnnotations.source]: sourceId,
    'backstage.io/managed-by-location': location,
    'backstage.io/managed-by-origin-location': location,
  };
}

function sourceEntity(source: SourceEntityRow): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      namespace: toEntityNamespace(source.id),
      name: parseResourceRef(sourceRef(source.id))!.name,
      title: source.title,
      ...(source.description && { description: source.description }),
      annotations: {
        ...managedBy(source.id),
        [dataCatalogAnnotations.platform]: source.platform,
        [dataCatalogAnnotations.assetKind]: 'source',
      },
    },
    spec: { type: specTypeForAssetKind('source'), owner: source.owner },
  };
}

function assetEntity(
  row: AssetEntityRow,
  source: SourceEntityRow,
  doc: { description?: string; owner?: string } | undefined,
  tags: string[],
): Entity {
  const description = doc?.description ?? row.comment ?? undefined;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      namespace: toEntityNamespace(row.source_id),
      name: parseResourceRef(row.entity_ref)!.name,
      title: row.name,
      ...(description && { description }),
      ...(tags.length > 0 && { tags }),
      annotations: {
        ...managedBy(row.source_id),
        [dataCatalogAnnotations.platform]: source.platform,
        [dataCatalogAnnotations.assetKind]: row.kind,
        [dataCatalogAnnotations.qualifiedName]: row.qualified_name,
      },
    },
    spec: {
      type: specTypeForAssetKind(row.kind),
      owner: doc?.owner ?? source.owner,
      ...(row.parent_ref && { partOf: row.parent_ref }),
    },
  };
}

function parseDoc(row: DocRow): { description?: string; owner?: string } {
  const doc = JSON.parse(row.doc) as { description?: string; owner?: string };
  return {
    description: doc.description || undefined,
    owner: row.owner ?? doc.owner ?? undefined,
  };
}

/**
 * The catalog entities of these refs as they are now: assets with their
 * documentation overrides and tags, and sources. Refs that no longer exist
 * are absent from the result.
 */
export async function buildEntities(
  knex: Knex,
  refs: string[],
): Promise<Map<string, Entity>> {
  const assets = await selectWhereIn<AssetEntityRow>(knex, refs, part =>
    knex('assets')
      .select('entity_ref', 'source_id', 'kind', 'name', 'qualified_name')
      .select('parent_ref', 'comment')
      .whereIn('entity_ref', part),
  );
  const found = new Set(assets.map(a => a.entity_ref));
  const sourceIds = new Set(assets.map(a => a.source_id));
  for (const ref of refs) {
    const parsed = parseResourceRef(ref);
    if (!found.has(ref) && parsed && parsed.namespace === parsed.name) {
      sourceIds.add(parsed.name);
    }
  }
  const sources = new Map(
    (
      await selectWhereIn<SourceEntityRow>(knex, [...sourceIds], part =>
        knex('sources')
          .select('id', 'title', 'description', 'platform', 'owner')
          .whereIn('id', part),
      )
    ).map(s => [s.id, s]),
  );
  const assetRefs = [...found];
  const docs = new Map(
    (
      await selectWhereIn<DocRow>(knex, assetRefs, part =>
        knex('asset_docs')
          .select('entity_ref', 'doc', 'owner')
          .where('column_name', '')
          .whereIn('entity_ref', part),
      )
    ).map(d => [d.entity_ref, parseDoc(d)]),
  );
  const tags = new Map<string, string[]>();
  const tagRows = await selectWhereIn<TagRow>(knex, assetRefs, part =>
    knex('asset_tags')
      .join('tags', 'tags.id', 'asset_tags.tag_id')
      .select('asset_tags.entity_ref', 'tags.name')
      .where('asset_tags.column_name', '')
      .whereIn('asset_tags.entity_ref', part)
      .orderBy('tags.name'),
  );
  for (const row of tagRows) {
    const tag = toCatalogTag(row.name);
    if (tag)
      tags.set(row.entity_ref, [...(tags.get(row.entity_ref) ?? []), tag]);
  }

  const entities = new Map<string, Entity>();
  for (const row of assets) {
    const source = sources.get(row.source_id);
    if (!source) continue;
    const unique = [...new Set(tags.get(row.entity_ref) ?? [])];
    entities.set(
      row.entity_ref,
      assetEntity(row, source, docs.get(row.entity_ref), unique),
    );
  }
  for (const ref of refs) {
    const source = sources.get(parseResourceRef(ref)?.name ?? '');
    if (!found.has(ref) && source && sourceRef(source.id) === ref) {
      entities.set(ref, sourceEntity(source));
    }
  }
  return entities;
}
