import { NotFoundError } from '@backstage/errors';
import {
  aiOpsLineageNodes,
  DatasetVersion,
  DatasetVersionRef,
} from '@internal/plugin-ai-ops-common';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { findWorkspaceByName } from '../tenancy/workspaceRows';
import { DatasetStore } from './datasets/DatasetStore';
import { DatasetVersionStore } from './datasets/DatasetVersionStore';
import { registerDatasetVersion } from './datasets/registerDatasetVersion';

/** What a run wrote: an existing version, or data to register as one. */
export type RunDatasetOutput =
  | DatasetVersionRef
  | { datasetId: string; uri: string };

export type RunLineage = {
  runId: string;
  /** The workspace's name. */
  workspace: string;
  /** The pipeline's name: the run's lineage node is a part of its entity. */
  pipeline: string;
  inputs: DatasetVersionRef[];
  outputs: RunDatasetOutput[];
  /** Who registered output versions are recorded under; `run:<id>` if unset. */
  actor?: string;
};

/**
 * Records what a run read and wrote in the lineage graph: each input
 * version `reads`→ the run `writes`→ each output version (source
 * `pipeline`). Outputs given as a URI are registered first as new versions
 * of their dataset, stamped with the run (and so publish
 * `datasetVersionCreated`). Resolves to the output versions.
 */
export async function recordRunLineage(
  context: AiOpsContext,
  lineage: RunLineage,
): Promise<DatasetVersion[]> {
  const workspace = await findWorkspaceByName(context.knex, lineage.workspace);
  if (!workspace) {
    throw new NotFoundError(`No workspace named '${lineage.workspace}'`);
  }
  const datasets = new DatasetStore(context.knex);
  const versions = new DatasetVersionStore(context.knex);
  const actor = lineage.actor ?? `run:${lineage.runId}`;
  const resolve = async (ref: DatasetVersionRef) => {
    const dataset = await datasets.require(workspace, ref.datasetId);
    return { dataset, version: await versions.require(dataset, ref.version) };
  };
  const inputs = await Promise.all(lineage.inputs.map(resolve));
  return auditChange(
    context,
    undefined,
    'ai-ops.run.lineage.record',
    {
      workspace: workspace.name,
      runId: lineage.runId,
      inputs: lineage.inputs,
      outputs: lineage.outputs,
    },
    async () => {
      const outputs = [];
      for (const output of lineage.outputs) {
        if ('uri' in output) {
          const dataset = await datasets.require(workspace, output.datasetId);
          const version = await registerDatasetVersion(
            context,
            workspace,
            dataset,
            { uri: output.uri },
            actor,
            lineage.runId,
          );
          outputs.push({ dataset, version });
        } else {
          outputs.push(await resolve(output));
        }
      }
      const run = aiOpsLineageNodes.run(
        workspace.name,
        lineage.pipeline,
        lineage.runId,
      );
      const node = (entry: (typeof inputs)[number]) =>
        aiOpsLineageNodes.datasetVersion(
          workspace.name,
          entry.dataset.name,
          entry.version.version,
        );
      const edges = [
        ...inputs.map(input => ({
          from: node(input),
          to: run,
          type: 'reads' as const,
          source: 'pipeline' as const,
        })),
        ...outputs.map(output => ({
          from: run,
          to: node(output),
          type: 'writes' as const,
          source: 'pipeline' as const,
        })),
      ];
      if (edges.length > 0) await context.lineage.addEdges(edges);
      const written = outputs.map(o => o.version);
      return {
        result: written,
        meta: { outputVersions: written.map(v => v.version), edges: edges.length },
      };
    },
  );
}
