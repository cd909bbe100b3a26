import { RunState } from './runs';

/** A dataset version as a run's lineage names it. */
export type LineageDatasetVersion = {
  datasetId: string;
  /** The dataset's name (for links). */
  dataset: string;
  version: number;
};

/** `GET /workspaces/:ws/runs/:id/lineage`: what the run read and wrote. */
export type RunLineage = {
  runId: string;
  /** Versions its `data.load` tasks read. */
  inputs: LineageDatasetVersion[];
  /** Versions registered from its `data.publish` tasks. */
  outputs: LineageDatasetVersion[];
  /** When the outputs were registered; unset while that is pending. */
  recordedAt?: string;
};

/** A run as a dataset version's lineage names it. */
export type LineageRun = {
  runId: string;
  runNumber: number;
  pipelineId: string;
  pipelineName?: string;
  state: RunState;
  createdAt: string;
};

/** `GET /workspaces/:ws/datasets/:dataset/versions/:version/runs`. */
export type DatasetVersionRuns = {
  /** The run that wrote the version, when a pipeline did. */
  producedBy?: LineageRun;
  /** Runs whose `data.load` tasks read it, newest first. */
  readBy: LineageRun[];
};
