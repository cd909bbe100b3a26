import { layoutGraph, PipelineGraph } from '@internal/plugin-ai-ops-common';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { registerDatasetVersion } from '../data/datasets/registerDatasetVersion';
import { PipelineStore } from '../pipelines/PipelineStore';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { unlessTaken } from './seedDemoContent';

export type SeedContext = Parameters<typeof registerDatasetVersion>[0];

const WORKSPACE = 'forecasting';
const OWNER = 'group:default/data-engineering';
const ACTOR = 'user:default/erin.jung';
export const DEMO_LINEAGE = {
  source: 'demand-history',
  output: 'demand-curated',
  pipeline: 'demand-curation',
};

/** 120 days of demand with a weekly season and a slow trend. */
export function demandHistoryCsv(): string {
  const start = Date.UTC(2026, 0, 1);
  const rows = Array.from({ length: 120 }, (_, day) => {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const demand = Math.round(
      100 + 20 * Math.sin((2 * Math.PI * day) / 7) + day * 0.5,
    );
    return `${date},${demand}`;
  });
  return `date,demand\n${rows.join('\n')}\n`;
}

const curationGraph = (): PipelineGraph =>
  layoutGraph({
    nodes: [
      {
        id: 'load',
        type: 'data.load',
        typeVersion: 2,
        config: { dataset: `${DEMO_LINEAGE.source}@1` },
      },
      {
        id: 'validate',
        type: 'data.validate',
        typeVersion: 1,
        config: { requiredColumns: ['date', 'demand'] },
      },
      {
        id: 'publish',
        type: 'data.publish',
        typeVersion: 1,
        config: {
          dataset: DEMO_LINEAGE.output,
          description: 'Validated demand history',
        },
      },
    ],
    edges: [
      {
        id: 'load-validate',
        from: { node: 'load', output: 'data' },
        to: { node: 'validate', input: 'data' },
      },
      {
        id: 'validate-publish',
        from: { node: 'validate', output: 'data' },
        to: { node: 'publish', input: 'data' },
      },
    ],
  });

/**
 * In the demo workspace `forecasting`, where missing: the dataset
 * `demand-history` with a first version in the object store, the empty
 * dataset `demand-curated`, and the pipeline `demand-curation` that loads
 * `demand-history@1`, validates it and publishes it to `demand-curated`,
 * so that running it shows lineage. Answers how many things it created.
 */
export async function seedDemoLineage(context: SeedContext): Promise<number> {
  const workspace = await new WorkspaceStore(context.knex).get(WORKSPACE);
  if (!workspace) return 0;
  const datasets = new DatasetStore(context.knex);
  const pipelines = new PipelineStore(context.knex);
  let created = 0;
  for (const [name, description] of [
    [DEMO_LINEAGE.source, 'Daily demand as recorded by the shops.'],
    [DEMO_LINEAGE.output, 'Demand history that passed validation.'],
  ]) {
    if (await datasets.get(workspace, name)) continue;
    await unlessTaken(() =>
      datasets.create(
        workspace,
        { name, description, format: 'csv', owner: OWNER, tags: ['demo'] },
        ACTOR,
      ),
    );
    created++;
  }
  const source = (await datasets.get(workspace, DEMO_LINEAGE.source))!;
  if (
    (await new DatasetVersionStore(context.knex).list(source.id)).length === 0
  ) {
    const path = `demo/${DEMO_LINEAGE.source}.csv`;
    await context.objectStore.put(
      `workspaces/${WORKSPACE}/${path}`,
      demandHistoryCsv(),
      { contentType: 'text/csv' },
    );
    await registerDatasetVersion(context, workspace, source, { path }, ACTOR);
    created++;
  }
  if (!(await pipelines.get(workspace.id, DEMO_LINEAGE.pipeline))) {
    await unlessTaken(() =>
      pipelines.create(
        workspace,
        {
          name: DEMO_LINEAGE.pipeline,
          title: 'Demand curation',
          description: `Loads ${DEMO_LINEAGE.source}@1, validates it and publishes it as the next version of ${DEMO_LINEAGE.output}.`,
          domain: 'time-series',
          tags: ['forecast', 'lineage', 'demo'],
          owner: OWNER,
          graph: curationGraph(),
          message: 'Demo lineage pipeline',
        },
        ACTOR,
      ),
    );
    created++;
  }
  return created;
}
