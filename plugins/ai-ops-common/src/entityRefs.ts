/** Catalog entity names are at most 63 characters. */
const MAX_ENTITY_NAME = 63;

/** FNV-1a, 32 bits: a short stable suffix (runs in the browser too). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * `<prefix>-<workspace>-<name>`, or when that is too long for an entity
 * name, its first part and a hash of the whole, so names stay unique.
 */
function entityName(prefix: string, workspace: string, name: string): string {
  const full = `${prefix}-${workspace}-${name}`;
  if (full.length <= MAX_ENTITY_NAME) return full;
  const hash = fnv1a(full);
  const head = full.slice(0, MAX_ENTITY_NAME - hash.length - 1);
  return `${head.replace(/-+$/, '')}-${hash}`;
}

/** The catalog entity (kind Resource, type dataset) of an AI-Ops dataset. */
export function aiOpsDatasetEntityRef(workspace: string, name: string) {
  return `resource:default/${entityName('ai-ops-dataset', workspace, name)}`;
}

/** The catalog entity (kind Component, type ai-pipeline) of a pipeline. */
export function aiOpsPipelineEntityRef(workspace: string, name: string) {
  return `component:default/${entityName('ai-ops-pipeline', workspace, name)}`;
}

/**
 * Lineage nodes finer than an entity: a dataset version is its dataset's
 * entity with the part `version:<n>`, a run is its pipeline's entity with
 * `run:<id>`. The lineage graph answers an entity with its parts' edges,
 * so a dataset's lineage shows every version and the runs around them.
 */
export const aiOpsLineageNodes = {
  datasetVersion: (workspace: string, dataset: string, version: number) => ({
    entityRef: aiOpsDatasetEntityRef(workspace, dataset),
    column: `version:${version}`,
  }),
  run: (workspace: string, pipeline: string, runId: string) => ({
    entityRef: aiOpsPipelineEntityRef(workspace, pipeline),
    column: `run:${runId}`,
  }),
};

/** Annotations on the catalog entities of pipelines and datasets. */
export const AI_OPS_ANNOTATIONS = {
  /** The workspace's name. */
  workspace: 'platform-portal.dev/ai-ops-workspace',
  /** The pipeline's id (on `ai-pipeline` components). */
  pipelineId: 'platform-portal.dev/ai-ops-pipeline-id',
  /** The dataset's id (on `dataset` resources). */
  datasetId: 'platform-portal.dev/ai-ops-dataset-id',
} as const;

/** `spec.type` of the catalog entities AI-Ops provides. */
export const AI_OPS_ENTITY_TYPES = {
  pipeline: 'ai-pipeline',
  dataset: 'dataset',
} as const;

/** The portal pages of a pipeline and a dataset, by name (paths under the app). */
export const aiOpsPagePaths = {
  pipeline: (workspace: string, pipeline: string) =>
    `/ai-ops/pipelines/${encodeURIComponent(
      pipeline,
    )}?workspace=${encodeURIComponent(workspace)}`,
  dataset: (workspace: string, dataset: string) =>
    `/ai-ops/datasets/${encodeURIComponent(
      dataset,
    )}?workspace=${encodeURIComponent(workspace)}`,
};
