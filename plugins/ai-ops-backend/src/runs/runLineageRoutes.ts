import {
  aiOpsDatasetReadPermission,
  aiOpsRunReadPermission,
  DatasetVersionRuns,
  LineageRun,
  RunLineage,
  RunState,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { authorizeDataset } from '../data/datasets/datasetAccess';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { optionalText, toIso, toIsoOrUndefined } from '../database/dbValues';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { DATASET_NODE_TYPES } from './datasetNodes';
import { loadRun } from './runRoutes';
import { RunStore } from './RunStore';

type Row = Record<string, any>;

const versionParamSchema = z.object({
  version: z.coerce.number().int().min(1),
});
/** Runs a version's "read by" answers at most, newest first. */
const READ_BY_LIMIT = 100;

const toLineageRun = (row: Row): LineageRun => ({
  runId: row.id,
  runNumber: Number(row.run_number),
  pipelineId: row.pipeline_id,
  pipelineName: optionalText(row.pipeline_name),
  state: row.state as RunState,
  createdAt: toIso(row.created_at),
});

/**
 * Lineage as runs see it: what a run read and wrote, and the runs that
 * wrote and read a dataset version. Both need run and dataset read.
 */
export function createRunLineageRoutes(context: AiOpsContext, runs: RunStore) {
  const router = Router();
  const { knex } = context;

  /** Both permissions in the request's workspace; the workspace. */
  const authorizeLineage = async (req: Request) => {
    await authorizeWorkspace(context, req, aiOpsDatasetReadPermission);
    return authorizeWorkspace(context, req, aiOpsRunReadPermission);
  };

  router.get('/workspaces/:workspace/runs/:runId/lineage', async (req, res) => {
    const { workspace } = await authorizeLineage(req);
    const run = await loadRun(runs, workspace, req.params.runId);
    const inputs: Row[] = await knex('tasks as t')
      .join('datasets as d', 'd.id', 't.dataset_id')
      .where({
        't.run_id': run.id,
        't.node_type': DATASET_NODE_TYPES.load,
        't.state': 'SUCCEEDED',
      })
      .whereNotNull('t.dataset_version')
      .distinct('d.id', 'd.name', 't.dataset_version as version')
      .orderBy(['d.name', 'version']);
    const outputs: Row[] = await knex('dataset_versions as v')
      .join('datasets as d', 'd.id', 'v.dataset_id')
      .where({ 'v.source_run_id': run.id, 'd.workspace_id': workspace.id })
      .select('d.id', 'd.name', 'v.version')
      .orderBy(['d.name', 'v.version']);
    const version = (row: Row) => ({
      datasetId: row.id,
      dataset: row.name,
      version: Number(row.version),
    });
    const answer: RunLineage = {
      runId: run.id,
      inputs: inputs.map(version),
      outputs: outputs.map(version),
      recordedAt: toIsoOrUndefined(run.lineage_recorded_at),
    };
    res.json(answer);
  });

  router.get(
    '/workspaces/:workspace/datasets/:dataset/versions/:version/runs',
    async (req, res) => {
      await authorizeWorkspace(context, req, aiOpsRunReadPermission);
      const { workspace, dataset } = await authorizeDataset(
        context,
        req,
        aiOpsDatasetReadPermission,
      );
      const { version } = parseInput(versionParamSchema, req.params);
      const found = await new DatasetVersionStore(knex).require(
        dataset,
        version,
      );
      const producer = found.sourceRunId
        ? await runs.getRow(workspace.id, found.sourceRunId)
        : undefined;
      const readers: Row[] = await knex('runs as r')
        .where('r.workspace_id', workspace.id)
        .whereExists(q =>
          q
            .select('t.id')
            .from('tasks as t')
            .whereRaw('t.run_id = r.id')
            .where({
              't.dataset_id': dataset.id,
              't.dataset_version': version,
              't.node_type': DATASET_NODE_TYPES.load,
              't.state': 'SUCCEEDED',
            }),
        )
        .orderBy([
          { column: 'r.created_at', order: 'desc' },
          { column: 'r.id', order: 'desc' },
        ])
        .limit(READ_BY_LIMIT)
        .select('r.*');
      const answer: DatasetVersionRuns = {
        ...(producer && { producedBy: toLineageRun(producer) }),
        readBy: readers.map(toLineageRun),
      };
      res.json(answer);
    },
  );

  return router;
}
