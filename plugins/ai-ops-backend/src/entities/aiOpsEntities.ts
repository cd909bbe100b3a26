import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  AI_OPS_ANNOTATIONS,
  AI_OPS_ENTITY_TYPES,
  aiOpsDatasetEntityRef,
  aiOpsPagePaths,
  aiOpsPipelineEntityRef,
} from '@internal/plugin-ai-ops-common';

/** What a pipeline or dataset row gives its entity. */
export type AiOpsAsset = {
  id: string;
  workspace: string;
  name: string;
  title: string;
  description?: string;
  owner: string;
  tags: string[];
};

/** The catalog location of everything a workspace contributes. */
export const aiOpsLocationOf = (workspace: string) => `ai-ops:${workspace}`;

const CATALOG_TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

/** AI-Ops tags (`a.b`, `x_y` allowed) as valid catalog tags (`a-b`, `x-y`). */
function catalogTags(tags: string[]): string[] {
  const folded = tags.map(tag => tag.replace(/[._]+/g, '-'));
  return [...new Set(folded.filter(tag => CATALOG_TAG.test(tag)))];
}

/** Metadata both kinds share: name, title, tags, the portal link, origin. */
function metadataOf(
  asset: AiOpsAsset,
  options: {
    entityRef: string;
    pagePath: string;
    appBaseUrl: string;
    annotations: Record<string, string>;
    tags?: string[];
  },
): Entity['metadata'] {
  const location = aiOpsLocationOf(asset.workspace);
  return {
    name: parseEntityRef(options.entityRef).name,
    namespace: 'default',
    title: asset.title,
    ...(asset.description && { description: asset.description }),
    tags: catalogTags([...asset.tags, ...(options.tags ?? [])]),
    links: [
      {
        url: `${options.appBaseUrl}${options.pagePath}`,
        title: 'Open in AI-Ops',
        icon: 'dashboard',
      },
    ],
    annotations: {
      'backstage.io/managed-by-location': location,
      'backstage.io/managed-by-origin-location': location,
      [AI_OPS_ANNOTATIONS.workspace]: asset.workspace,
      ...options.annotations,
    },
  };
}

/** A pipeline as a `Component` of type `ai-pipeline`, tagged with its domain. */
export function pipelineEntity(
  pipeline: AiOpsAsset & { domain: string },
  appBaseUrl: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: metadataOf(pipeline, {
      entityRef: aiOpsPipelineEntityRef(pipeline.workspace, pipeline.name),
      pagePath: aiOpsPagePaths.pipeline(pipeline.workspace, pipeline.name),
      appBaseUrl,
      annotations: { [AI_OPS_ANNOTATIONS.pipelineId]: pipeline.id },
      tags: [pipeline.domain],
    }),
    spec: {
      type: AI_OPS_ENTITY_TYPES.pipeline,
      lifecycle: 'production',
      owner: pipeline.owner,
    },
  };
}

/** A dataset as a `Resource` of type `dataset`. */
export function datasetEntity(dataset: AiOpsAsset, appBaseUrl: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: metadataOf(dataset, {
      entityRef: aiOpsDatasetEntityRef(dataset.workspace, dataset.name),
      pagePath: aiOpsPagePaths.dataset(dataset.workspace, dataset.name),
      appBaseUrl,
      annotations: { [AI_OPS_ANNOTATIONS.datasetId]: dataset.id },
    }),
    spec: { type: AI_OPS_ENTITY_TYPES.dataset, owner: dataset.owner },
  };
}
