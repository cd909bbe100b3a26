import {
  DatasetVersionRef,
  FINAL_STATES,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import {
  recordRunLineage,
  RunDatasetOutput,
  RunLineage,
} from '../data/recordRunLineage';
import { parseJsonColumn } from '../database/dbValues';
import { AiOpsContext } from '../service/AiOpsContext';
import { DATASET_NODE_TYPES } from './datasetNodes';

type Row = Record<string, any>;

/** Runs the sweep records at most at once. */
const SWEEP_BATCH = 20;

/**
 * Records, once per run, what a finished run read and wrote in the lineage
 * graph: the versions its SUCCEEDED `data.load` tasks read, and the outputs
 * of its SUCCEEDED `data.publish` tasks registered as new versions (also
 * of a FAILED or CANCELED run: what did happen). A backend claims the run
 * first, so that one records it; a claim older than
 * `aiOps.execution.lineageRetrySeconds` (a failure, or a backend that died
 * while recording) is taken again by the sweep. Recording never changes
 * the run's state.
 */
export class RunLineageRecorder {
  private readonly retryMs: number;

  constructor(private readonly context: AiOpsContext) {
    this.retryMs =
      (context.config.getOptionalNumber(
        'aiOps.execution.lineageRetrySeconds',
      ) ?? 60) * 1000;
  }

  /** After a run's final state committed: records it in the background. */
  runFinished(runId: string): void {
    this.recordLogged(runId);
  }

  /** Records finished runs whose lineage is pending (on start and heartbeat). */
  async sweep(): Promise<void> {
    const { knex } = this.context;
    const namingDatasets = (q: Knex.QueryBuilder) =>
      q
        .select('t.id')
        .from('tasks as t')
        .whereRaw('t.run_id = runs.id')
        .whereNotNull('t.dataset_id');
    // Ended without naming a dataset (e.g. canceled): nothing to record.
    await this.claimable(knex('runs'))
      .whereNotExists(namingDatasets)
      .update({ lineage_recorded_at: new Date() });
    const pending: Row[] = await this.claimable(knex('runs'))
      .whereExists(namingDatasets)
      .orderBy('finished_at')
      .limit(SWEEP_BATCH)
      .select('id');
    for (const run of pending) await this.recordLogged(run.id);
  }

  /** Records the run unless it is recorded or claimed; whether it did. */
  async record(runId: string): Promise<boolean> {
    const { knex } = this.context;
    const claimed = await this.claimable(knex('runs'))
      .where('id', runId)
      .update({ lineage_claimed_at: new Date() });
    if (!claimed) return false;
    const lineage = await this.lineageOf(runId);
    if (lineage) await recordRunLineage(this.context, lineage);
    await knex('runs')
      .where({ id: runId })
      .update({ lineage_recorded_at: new Date(), lineage_claimed_at: null });
    return true;
  }

  private recordLogged(runId: string): Promise<void> {
    return this.record(runId).then(
      () => undefined,
      error =>
        this.context.logger.warn(
          `Recording the lineage of run ${runId} failed, retrying in ${
            this.retryMs / 1000
          } s: ${error}`,
        ),
    );
  }

  /** Finished runs not recorded, and not claimed or claimed long ago. */
  private claimable(query: Knex.QueryBuilder): Knex.QueryBuilder {
    const staleBefore = new Date(Date.now() - this.retryMs);
    return query
      .whereIn('runs.state', FINAL_STATES)
      .whereNull('runs.lineage_recorded_at')
      .where(q =>
        q
          .whereNull('runs.lineage_claimed_at')
          .orWhere('runs.lineage_claimed_at', '<', staleBefore),
      );
  }

  /** What the run read and wrote; undefined when it named no dataset. */
  private async lineageOf(runId: string): Promise<RunLineage | undefined> {
    const { knex } = this.context;
    // Datasets deleted since the run started are left out.
    const tasks: Row[] = await knex('tasks as t')
      .join('datasets as d', 'd.id', 't.dataset_id')
      .where({ 't.run_id': runId, 't.state': 'SUCCEEDED' })
      .select('t.*');
    if (tasks.length === 0) return undefined;
    const run: Row = await knex('runs as r')
      .join('workspaces as w', 'w.id', 'r.workspace_id')
      .join('pipelines as p', 'p.id', 'r.pipeline_id')
      .where('r.id', runId)
      .first({ workspace: 'w.name', pipeline: 'p.name' });
    const inputs = await this.inputsOf(
      tasks.filter(t => t.node_type === DATASET_NODE_TYPES.load),
    );
    const outputs: RunDatasetOutput[] = [];
    for (const task of tasks) {
      if (task.node_type !== DATASET_NODE_TYPES.publish) continue;
      // Kept by a re-run from failed: the run it was kept from wrote it.
      const history = parseJsonColumn<{ state: string }[]>(
        task.state_history,
        [],
      );
      if (history[0]?.state === 'SUCCEEDED') continue;
      const uri = parseJsonColumn<Record<string, { uri: string }>>(
        task.outputs,
        {},
      ).data?.uri;
      if (uri) outputs.push(await this.outputOf(runId, task.dataset_id, uri));
    }
    return { runId, ...run, inputs, outputs } as RunLineage;
  }

  private async inputsOf(loads: Row[]): Promise<DatasetVersionRef[]> {
    const refs = new Map<string, DatasetVersionRef>();
    for (const task of loads) {
      if (!task.dataset_version) continue;
      const ref = {
        datasetId: task.dataset_id,
        version: Number(task.dataset_version),
      };
      const exists = await this.context
        .knex('dataset_versions')
        .where({ dataset_id: ref.datasetId, version: ref.version })
        .first('version');
      if (exists) refs.set(`${ref.datasetId}@${ref.version}`, ref);
    }
    return [...refs.values()];
  }

  /** A version registered from this output before (a retry), or the data. */
  private async outputOf(
    runId: string,
    datasetId: string,
    uri: string,
  ): Promise<RunDatasetOutput> {
    const registered = await this.context
      .knex('dataset_versions')
      .where({ dataset_id: datasetId, source_run_id: runId, storage_uri: uri })
      .first('version');
    return registered
      ? { datasetId, version: Number(registered.version) }
      : { datasetId, uri };
  }
}
