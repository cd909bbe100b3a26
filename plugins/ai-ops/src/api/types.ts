import type {
  Connection,
  ConnectionTestResult,
  PipelineDomain,
} from '@internal/plugin-ai-ops-common';

export type {
  ArtifactSummary,
  Connection,
  ConnectionTestResult,
  Dataset,
  DatasetVersion,
  NodeTypeDescription,
  PipelineDomain,
  PipelineTemplate,
  PipelineVersionSummary,
  Schedule,
  ScheduleFire,
  Trigger,
  ValidationReport,
  Workspace,
} from '@internal/plugin-ai-ops-common';

/** A list route's answer: `{ items }`. */
export type Items<T> = { items: T[] };

/** `GET .../pipelines` filters, as the list page keeps them in its URL. */
export type PipelineFilter = {
  q?: string;
  domain?: PipelineDomain;
  tag?: string;
  limit?: number;
  offset?: number;
};

/** `GET .../runs` filters; `cursor` is the previous page's `nextCursor`. */
export type RunFilter = {
  state?: string;
  pipeline?: string;
  trigger?: string;
  limit?: number;
  cursor?: string;
};

/** The run actions the server offers under `.../runs/:id/<action>`. */
export const RUN_ACTIONS = [
  'stop',
  'pause',
  'resume',
  'rerun',
  'rerun-failed',
] as const;
export type RunAction = (typeof RUN_ACTIONS)[number];

/** `POST .../connections/:id/test`. */
export type ConnectionTest = {
  result: ConnectionTestResult;
  connection: Connection;
};

/** A node of the portal's lineage graph: an entity, maybe one part of it. */
export type LineageNode = { entityRef: string; column?: string };

/** One lineage edge (`reads`, `writes`…) as the data catalog keeps it. */
export type LineageEdge = {
  from: LineageNode;
  to: LineageNode;
  type: string;
  source?: string;
};

/** `GET .../datasets/:id/lineage`: the dataset entity's neighbours. */
export type DatasetLineage = {
  upstream: LineageEdge[];
  downstream: LineageEdge[];
};
